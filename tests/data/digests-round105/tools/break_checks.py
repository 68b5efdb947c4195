#!/usr/bin/env python3
"""Breaks a scratch copy of round105 (/tmp/round105-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round103's harness, with round105's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round105-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1067, 1077)}


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
 "1067 text after the dynamic block": append(1067, "\nunutma: kütüphane\n"),
 "1067 dynamic block not sorted": sub(1067, r"(- \[\[denote:20231127T143015\][^\n]+\n)(- \[\[denote:20231204T101147\][^\n]+\n)", r"\2\1", regex=True),
 "1067 date not the identifier's minute": sub(1067, "[2024-03-05 Sal 10:15]", "[2024-03-05 Sal 10:16]"),
 "1067 day name not Turkish": sub(1067, "[2024-03-05 Sal 10:15]", "[2024-03-05 Tue 10:15]"),
 "1067 table cell misaligned": sub(1067, "| 2 | Synthesizer                 |", "| 2 | Synthesizer                |"),
 "1067 cookie not the checkboxes": sub(1067, "Bu hafta [1/4]", "Bu hafta [2/4]"),
 "1067 link described otherwise than its note": sub(1067, "[[denote:20231204T101147][Big Bird: Transformers for Longer Sequences]] (global",
                                                     "[[denote:20231204T101147][BigBird notu]] (global"),
 "1067 filetags unsorted": sub(1067, ":dikkat:okuma:tez:", ":okuma:dikkat:tez:"),
 "1067 quote block not closed": sub(1067, "#+end_quote\n", ""),
 "1067 SCHEDULED day name wrong": sub(1067, "<2024-03-08 Cum>", "<2024-03-08 Per>"),
 "1068 a final newline": append(1068, "\n"),
 "1068 timeSpent not the sum": sub(1068, '"timeSpent":25200000', '"timeSpent":25200001'),
 "1068 subtask not listed by its parent": sub(1068, '"subTaskIds":["z28fmVOERr4vfASSNNmdT","kgnNt4-aAXwKDIagIR9Qb"]', '"subTaskIds":["z28fmVOERr4vfASSNNmdT"]'),
 "1068 done without doneOn": sub(1068, '"isDone":true,"doneOn":1709131260487', '"isDone":true,"doneOn":null'),
 "1068 workEnd before workStart": sub(1068, '"workEnd":{"2024-02-14":1707918600848', '"workEnd":{"2024-02-14":1707900600848'),
 "1068 not compact": sub(1068, '"reminders":[]', '"reminders": []'),
 "1068 tag listing a task without the tag": sub(1068, r'("id":"TODAY","title":"Today","color":null,"created":\d+,"taskIds":\[)', r'\1"kgnNt4-aAXwKDIagIR9Qb",', regex=True),
 "1069 not newest first": sub(1069, '"created_at":1709389120000,"photos"', '"created_at":1709689120000,"photos"'),
 "1069 two copies of one author differ": sub(1069, '"description":"ML 엔지니어"', '"description":"ML 엔지니어 (휴직)"'),
 "1069 comment_count below latest_comments": sub(1069, '"comment_count":4', '"comment_count":2'),
 "1069 mention with another name": sub(1069, '">정현우</band:refer>', '">정현수</band:refer>'),
 "1069 photo not the post's": sub(1069, '"height":1080,"width":1440,"created_at":1709389120000', '"height":1080,"width":1440,"created_at":1709389121000'),
 "1069 result_code not 1": sub(1069, '{"result_code":1,', '{"result_code":0,'),
 "1070 span beyond its text": sub(1070, '"end":17', '"end":1700'),
 "1070 uid not the title's slug": sub(1070, '"uid":"breve-storia-dei-modelli-di-diffusione-parte-1-le-origini"', '"uid":"breve-storia-dei-modelli-di-diffusione-parte-1"'),
 "1070 results_size wrong": sub(1070, '"results_size":2', '"results_size":3'),
 "1070 hyperlink not a Web link": sub(1070, '"data":{"link_type":"Web","url":"https://arxiv.org/abs/1503.03585"', '"data":{"link_type":"Document","url":"https://arxiv.org/abs/1503.03585"'),
 "1070 publication dates reversed": sub(1070, '"first_publication_date":"2024-03-04T08:12:55+0000"', '"first_publication_date":"2024-03-06T08:12:55+0000"'),
 "1070 slice id not a UUID": sub(1070, '"id":"letture$', '"id":"letture-'),
 "1070 unknown block type": sub(1070, '{"type":"preformatted"', '{"type":"code-block"'),
 "1071 COUNT not the rows": sub(1071, "--------\n      8\n(1 row)", "--------\n      9\n(1 row)"),
 "1071 row count wrong": sub(1071, "(8 rows)", "(7 rows)"),
 "1071 number left-aligned": sub(1071, "|                   6 | NULL", "| 6                   | NULL"),
 "1071 banner edited": sub(1071, "# Welcome to the CockroachDB SQL shell.", "# Welcome to the CockroachDB shell."),
 "1071 Time not total = execution + network": sub(1071, "Time: 31ms total (execution 30ms / network 1ms)", "Time: 31ms total (execution 30ms / network 2ms)"),
 "1071 ERROR for a column the table has": sub(1071, 'ERROR: column "avtorlar" does not exist', 'ERROR: column "taqyryp" does not exist'),
 "1071 INSERTed row not shown later": sub(1071, "'Тоқтаров Е. С.', '2024-03-19');", "'Тоқтаров Е. С.', '2024-03-26');"),
 "1071 continuation misaligned": sub(1071, "                                             -> FROM maqalalar\n", "                                            -> FROM maqalalar\n"),
 "1071 prompt not last": append(1071, "\n"),
 "1071 header not centered": sub(1071, "  count\n", " count\n"),
 "1072 raw UTF-8 instead of escapes": sub(1072, "Zieli\\u0144ski", "Zieliński", count=0),
 "1072 last_updated not the latest": sub(1072, '"last_updated": "1709189911"', '"last_updated": "1709189000"'),
 "1072 comment dates not rising": sub(1072, '"date_created": "1708974235"', '"date_created": "1708904235"'),
 "1072 LF in a user comment": sub(1072, "\\r\\n\\r\\nMog\\u0119", "\\n\\nMog\\u0119"),
 "1072 metadata tags not the issue's": sub(1072, "- Issue tagged with: lektury, seminarium", "- Issue tagged with: lektury"),
 "1072 edited_on without editor": sub(1072, r'("edited_on": "1709019312",\n\s+"editor": )\{[^}]*\}', r"\1null", regex=True),
 "1072 keys unsorted": sub(1072, '    "blocks": [],\n    "close_status": null,', '    "close_status": null,\n    "blocks": [],'),
 "1073 time goes back": sub(1073, "2024-03-04 09:00:27.250099991", "2024-03-04 08:00:27.250099991"),
 "1073 run counts wrong": sub(1073, '"summarized":4', '"summarized":5'),
 "1073 record not compact": sub(1073, '{"run":"weekly-2024-03-04","event":"start"', '{"run": "weekly-2024-03-04","event":"start"'),
 "1073 tag outside the stdout match": sub(1073, " paper.queue: ", " bot.queue: "),
 "1073 config misindented": sub(1073, "    port 24224\n", "   port 24224\n"),
 "1073 worker ppid not the supervisor's": sub(1073, "ppid=1187", "ppid=1188"),
 "1073 adding match not the config's": sub(1073, 'adding match pattern="**" type="null"', 'adding match pattern="**" type="stdout"'),
 "1073 posted items not the blocks": sub(1073, '"items":2,', '"items":3,'),
 "1074 not jq's layout": sub(1074, '  "data": {\n', '  "data":{\n'),
 "1074 totalCount wrong": sub(1074, '"totalCount": 8', '"totalCount": 9'),
 "1074 readAt without progress": sub(1074, '"readingProgressPercent": 35', '"readingProgressPercent": 0'),
 "1074 highlight before it was saved": sub(1074, '"createdAt": "2024-03-05T07:10:02.000Z"', '"createdAt": "2024-03-04T07:10:02.000Z"'),
 "1074 one label, two colours": sub(1074, '"color": "#0EA5E9"', '"color": "#0EA5E8"'),
 "1074 not newest saved first": sub(1074, '"savedAt": "2024-02-14T19:27:55.000Z"', '"savedAt": "2024-03-14T19:27:55.000Z"'),
 "1075 a final newline": append(1075, "\n"),
 "1075 child outside its frame": sub(1075, '"x":680.0', '"x":980.0'),
 "1075 total wrong": sub(1075, '"total":15', '"total":16'),
 "1075 unknown sticky colour": sub(1075, '"fillColor":"light_pink"', '"fillColor":"peach"'),
 "1075 content HTML unbalanced": sub(1075, "</strong></p><p>प्रस्तुति: अनन्या", "</p><p>प्रस्तुति: अनन्या"),
 "1075 modified before created": sub(1075, '"modifiedAt":"2024-03-05T09:12:08Z"', '"modifiedAt":"2024-03-03T09:12:08Z"'),
 "1076 overlap in a room": sub(1076, '"startsAt":"2024-03-16T13:10:00"', '"startsAt":"2024-03-16T11:50:00"'),
 "1076 speaker not listing a session": sub(1076, r'("sessions":\[)598211,', r"\1", regex=True),
 "1076 fullName not first + last": sub(1076, '"fullName":"ศิริพร จันทร์เพ็ญ"', '"fullName":"ศิริพร จันทร์"'),
 "1076 catalogue title in the negative": sub(1076, "ไม่ต้องเตรียมตัวมาก่อน", "ไม่ต้องเตรียมตัวมาก่อน (เช่น Attention Is All You Need)"),
 "1076 arXiv id in the negative": sub(1076, "ไม่ต้องเตรียมตัวมาก่อน", "ไม่ต้องเตรียมตัวมาก่อน (เช่น 2310.01234)"),
 "1076 service session with speakers": sub(1076, r'("title":"พักกลางวัน","description":null,"startsAt":"[^"]+","endsAt":"[^"]+","isServiceSession":true,"isPlenumSession":true,"speakers":\[)\]',
                                            r'\1"8fbc339f-f7d1-40fb-803b-be5d6fbacba1"]', regex=True),
 "title-only paper gets a link in 1069": sub(1069, "6주차 XLNet: Generalized Autoregressive Pretraining for Language Understanding",
                                             "6주차 XLNet: Generalized Autoregressive Pretraining for Language Understanding https://arxiv.org/abs/1906.08237"),
 "unlabelled catalogue id in 1073": sub(1073, '"ringkasan":"RoBERTa multibahasa', '"ringkasan":"Bandingkan 1706.03762. RoBERTa multibahasa'),
 "other file's title in 1067": sub(1067, "Standart öz-dikkat dizi", "Standart öz-dikkat (Attention Is All You Need) dizi"),
 "labelled title lost in 1072": sub(1072, "Autoregressive Entity Retrieval", "GENRE", count=0),
 "unlabelled OpenReview id in 1070": sub(1070, "forum?id=St1giarCHLP", "forum?id=St1giarCHLQ", count=0),
 "distractor title in 1074": sub(1074, "تفسير بنظرية المعلومات", "تفسير بنظرية المعلومات (وقارن مع Contrastive Multiview Coding)"),
 "title-only paper's id in 1075": sub(1075, "डेमो पेज देखें", "डेमो पेज देखें (2103.14625)"),
 "arxiv-text id lost in 1068": sub(1068, "arXiv:2103.10385", "ACL 2024", count=0),
 "OpenReview link cut in 1067": sub(1067, "forum?id=OCm0rwa1lx1", "forum?id=OCm0r", count=0),
 "link lost in 1071": sub(1071, "https://arxiv.org/abs/2103.14030", "arxiv.org 2103.14030  "),
 "expected: wrong evidence": exp_edit(lambda e: first(1067)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1070)(e)[5].update(arxiv_id="1406.2661")),
 "expected: wrong title": exp_edit(lambda e: first(1073)(e)[0].update(title="HuBERT")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1068)(e)[2].update(openreview_id="St1giarCHLP")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1071)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1076]].append(dict(first(1067)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1075)(e).append(dict(first(1069)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1072)(e).pop() for _ in range(2)]),
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
