#!/usr/bin/env python3
"""Breaks a scratch copy of round111 (/tmp/round111-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round109's harness, with round111's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round111-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1127, 1137)}


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


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "1127 resultCount wrong": sub(1127, '"resultCount": 8,', '"resultCount": 9,'),
 "1127 resultSize wrong": sub(1127, '"resultSize": 31,', '"resultSize": 32,'),
 "1127 not cbq's layout": sub(1127, '"status": "success",', '"status":"success",'),
 "1127 ORDER BY not honoured": sub(1127, '"sesion": "2024-02-06"', '"sesion": "2024-04-06"'),
 "1127 statement without ';'": sub(1127, "FROM lecturas;\n", "FROM lecturas\n"),
 "1127 mutationCount wrong": sub(1127, '"mutationCount": 1,', '"mutationCount": 2,'),
 "1127 IS NULL rows not the listing's": sub(1127, '"enlace": "arXiv:2003.10555"\n        },\n        {\n            "sesion": "2024-03-12"', '"enlace": null\n        },\n        {\n            "sesion": "2024-03-12"'),
 "1127 no \\QUIT": sub(1127, "cbq> \\QUIT;\n", ""),
 "1128 raw '>' in JSON": sub(1128, "\\u003e", ">"),
 "1128 tags miss a hashtag": sub(1128, '"tags":["lukupiiri",":url"]', '"tags":[":url"]'),
 "1128 created_at not sent": sub(1128, '"created_at":"2024-03-04T07:58:12.431Z"', '"created_at":"2024-03-04T07:58:13.431Z"'),
 "1128 comment to a missing parent": sub(1128, '"influx:4418210"', '"influx:4418211"'),
 "1128 comment in another thread": sub(1128, '"thread_id":"thr_f503ccbc3d52af6e56a4","id":4418214', '"thread_id":"thr_2a5bd02710e975a7fbb9","id":4418214'),
 "1128 not compact": sub(1128, '"event":"message","tags"', '"event": "message","tags"'),
 "1129 byte count wrong": sub(1129, "VALUE digest:2024-w10:meta 0 120", "VALUE digest:2024-w10:meta 0 121"),
 "1129 LF line end": sub(1129, "VERSION 1.6.21\r\n", "VERSION 1.6.21\n"),
 "1129 stale cas STORED": sub(1129, "EXISTS\r\n", "STORED\r\n"),
 "1129 incr wrong": sub(1129, "incr digest:2024-w10:views 1\r\n42\r\n", "incr digest:2024-w10:views 1\r\n43\r\n"),
 "1129 get not the stored value": sub(1129, "VALUE digest:2024-w10:views 0 2\r\n42\r\n", "VALUE digest:2024-w10:views 0 2\r\n41\r\n"),
 "1129 no PuTTY header": sub(1129, "PuTTY log", "PuTTY-log"),
 "1130 _etag without _ts": sub(1130, '6597b0c00000', '6597b0c10000'),
 "1130 _self not the rids'": sub(1130, '"_self": "dbs/k5dAAA==/colls/k5dAAJ1xYfQ=/docs/k5dAAJ1xYfQBAAAAAAAAAA==/"', '"_self": "dbs/k5dAAA==/colls/k5dAAJ1xYfQ=/docs/k5dAAJ1xYfQCAAAAAAAAAA==/"'),
 "1130 not ORDER BY session": sub(1130, '"session": "2024-01-09"', '"session": "2024-03-09"'),
 "1130 not 4-space": sub(1130, '\n    {\n        "id": "paper-20240109"', '\n  {\n        "id": "paper-20240109"'),
 "1131 prompt misnumbered": sub(1131, "irb(main):004>", "irb(main):005>"),
 "1131 count wrong": sub(1131, "it.ref.nil? }\n=> 3", "it.ref.nil? }\n=> 4"),
 "1131 bytes written wrong": sub(1131, "=> 1564", "=> 1563"),
 "1131 Ruby 3.4 hash inspect": sub(1131, "{:date=>", "{date: "),
 "1131 size wrong": sub(1131, "list.items.size\n=> 8", "list.items.size\n=> 9"),
 "1132 tag value space unescaped": sub(1132, "venue=ICML\\ 2015", "venue=ICML 2015"),
 "1132 field type changes": sub(1132, "minutes=80i", "minutes=80.0"),
 "1132 tags not sorted": sub(1132, "paper_read,reader=서윤,topic=diffusion,venue=ICML", "paper_read,topic=diffusion,reader=서윤,venue=ICML"),
 "1132 weekly sum wrong": sub(1132, "minutes=520i", "minutes=525i"),
 "1133 raw Polish instead of escapes": sub(1133, "wydzia\\u0142owej", "wydziałowej"),
 "1133 _id field": sub(1133, '"_pid":41877', '"_id":41877'),
 "1133 timestamps not increasing": sub(1133, '"timestamp":1709802000.402', '"timestamp":1709801999.402'),
 "1133 paper count wrong": sub(1133, '"_paper_count":8', '"_paper_count":7'),
 "1133 paper without ref logged at INFO": sub(1133, '"level":4,"_logger":"klasyki.digest","_title":"Long', '"level":6,"_logger":"klasyki.digest","_title":"Long'),
 "1134 votes wrong": sub(1134, "lab/baibao/votes/2024-03-04 2", "lab/baibao/votes/2024-03-04 3"),
 "1134 topic outside the filter": sub(1134, "lab/baibao/status online", "lab/baibau/status online"),
 "1134 id not the day": sub(1134, '{"id":"2024-03-06"', '{"id":"2024-03-05"'),
 "1134 time not %I": sub(1134, "2024-03-04T07:30:00+0700", "2024-03-04 07:30:00"),
 "1135 severity mismatch": sub(1135, '"severityNumber":13,"severityText":"WARN"', '"severityNumber":9,"severityText":"WARN"'),
 "1135 intValue not a string": sub(1135, '{"intValue":"8"}', '{"intValue":8}'),
 "1135 observed before time": sub(1135, '"observedTimeUnixNano":"1710151200000310000"', '"observedTimeUnixNano":"1710151199000310000"'),
 "1135 spanId short": sub(1135, '"spanId":"6b4a9faaf5be12b6"', '"spanId":"6b4a9faaf5be12"'),
 "1136 unbalanced brace": sub(1136, "    mutate { add_tag => [\"not_a_paper\"] }\n", "    mutate { add_tag => [\"not_a_paper\"]\n"),
 "1136 unknown plugin": sub(1136, "  beats {", "  beets {"),
 "1136 catalogue title in the negative": sub(1136, "# เปิดไว้ตอนดีบักเท่านั้น", "# Attention Is All You Need"),
 "1136 arXiv id in the negative": sub(1136, "id=arXiv:(?<arxiv_id>", "id=arXiv:2106.09685 (?<arxiv_id>"),
 "title-only paper gets a link in 1130": sub(1130, '"title": "Exploring Simple Siamese Representation Learning",\n        "link": null', '"title": "Exploring Simple Siamese Representation Learning",\n        "link": "https://arxiv.org/abs/2011.10566"'),
 "unlabelled catalogue id in 1132": sub(1132, "(Lil'Log)", "(Lil'Log, 2006.11239)"),
 "other file's title in 1134": sub(1134, "dataset này tải ở đâu vậy?", "xem thêm Attention Is All You Need"),
 "labelled title lost in 1131": sub(1131, "GPT Understands, Too", "P-tuning", count=0),
 "unlabelled OpenReview id in 1128": sub(1128, "https://chat.lmsys.org/", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1133": sub(1133, "demo na poligonie", "demo na poligonie; Efficient Transformers: A Survey"),
 "arxiv-text id lost in 1127": sub(1127, "arXiv:1911.02116", "XLM-R", count=0),
 "link lost in 1135": sub(1135, "https://arxiv.org/pdf/2006.16668.pdf", "https://github.com/tensorflow/lingvo"),
 "OpenReview link cut in 1129": sub(1129, "forum?id=OCm0rwa1lx1", "forum?id=OCm0rw", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(1127)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1128)(e)[5].update(arxiv_id="2205.06175")),
 "expected: wrong title": exp_edit(lambda e: first(1130)(e)[1].update(title="SimCLR")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1134)(e)[0].update(openreview_id="St1giarCHLP")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1132)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1136]].append(dict(first(1127)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1135)(e).append(dict(first(1133)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1129)(e).pop() for _ in range(2)]),
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
