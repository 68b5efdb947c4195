#!/usr/bin/env python3
"""Breaks a scratch copy of round103 (/tmp/round103-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round101's harness, with round103's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round103-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1047, 1057)}


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


L57 = "| 57 |       | קריאה לשבוע הבא: שרשרת מחשבה וכיול        |"
CASES = {
 "1047 text after the link-reference block": append(1047, "\nξέχασα κάτι\n"),
 "1047 definitions out of first-use order": sub(1047, r'(\[cpc\]: [^\n]+\n)(\[byol\]: [^\n]+\n)', r"\2\1", regex=True),
 "1047 wikilink without its definition": sub(1047, "[[solo-learn]] — https", "[[solo-learn-lib]] — https"),
 "1047 definition pointing at another note": sub(1047, "[beit]: ../arthra/beit.md", "[beit]: ../arthra/beit-v1.md"),
 "1047 table row with another cell count": sub(1047, "| _κανείς ακόμα_ |", "| _κανείς ακόμα_ | x |"),
 "1047 no blank line before the block": sub(1047, "ή αρνητικά δείγματα.\n\n[//begin]", "ή αρνητικά δείγματα.\n[//begin]"),
 "1048 a final newline": append(1048, "\n"),
 "1048 compact key spacing": sub(1048, '"kind": "tasks"', '"kind":"tasks"'),
 "1048 duration not working days": sub(1048, '"duration": 4320', '"duration": 4800'),
 "1048 completed task without completedDate": sub(1048, r'\n +"completedDate": "2024-03-07T13:31:05Z",', "", regex=True),
 "1048 briefDescription not the description's": sub(1048, '"briefDescription": "Три доповіді', '"briefDescription": "Дві доповіді'),
 "1048 hasAttachments without attachments": sub(1048, '"hasAttachments": false', '"hasAttachments": true'),
 "1048 subtask not pointing back": sub(1048, r'("superTaskIds":\n +\[\n +")IEAHB7QXKQ\w{6}', r"\1IEAHB7QXKQAAAAAA", regex=True),
 "1049 not compact": sub(1049, '"hasNext":false', '"hasNext": false'),
 "1049 link entry not the message's URL": sub(1049, '"url":"https://arxiv.org/abs/2112.10752"', '"url":"https://arxiv.org/abs/2112.10752v2"'),
 "1049 like before its post": sub(1049, '"comment":"","account":{"id":152208,"name":"ken.sato","fullName":"佐藤 健","suggestion":"佐藤 健","imageUrl":"https://typetalk.com/accounts/152208/profile_image.png?t=1612345678000","isBot":false,"createdAt":"2021-02-03T01:40:02Z","updatedAt":"2023-11-20T02:14:36Z"},"createdAt":"2024-03-04T01:07:12Z"',
                                   '"comment":"","account":{"id":152208,"name":"ken.sato","fullName":"佐藤 健","suggestion":"佐藤 健","imageUrl":"https://typetalk.com/accounts/152208/profile_image.png?t=1612345678000","isBot":false,"createdAt":"2021-02-03T01:40:02Z","updatedAt":"2023-11-20T02:14:36Z"},"createdAt":"2024-03-04T00:07:12Z"'),
 "1049 replyTo a later post": sub(1049, '"replyTo":61870411', '"replyTo":61870471'),
 "1049 bookmark on no post": sub(1049, '"bookmark":{"postId":61870464', '"bookmark":{"postId":61870465'),
 "1049 one account, two copies": sub(1049, '"fullName":"山本 葵","suggestion":"山本 葵"', '"fullName":"山本 葵","suggestion":"山本葵"'),
 "1050 cell not padded": sub(1050, "| 56 |       |", "| 56 |      |"),
 "1050 read message still unseen": sub(1050, L57, L57.replace("|       |", "|  *    |"), count=0, regex=False),
 "1050 subject not the listed one": sub(1050, "Subject: Llama 2 + DoRA לניסוי הכוונון", "Subject: Llama 2 + DoRA"),
 "1050 Date not the listed date": sub(1050, "Date: Mon, 04 Mar 2024 08:55:31 +0200", "Date: Mon, 04 Mar 2024 09:55:31 +0200"),
 "1050 download of a message without @": sub(1050, "himalaya attachment download 55", "himalaya attachment download 57"),
 "1050 prompt not last": append(1050, "\n"),
 "1051 quoting not Symfony's": sub(1051, "title: 'Do word2vec", "title: \"Do word2vec"),
 "1051 marks after text": sub(1051, "                marks:\n                  -\n                    type: bold\n                text: 'Deep contextualized word representations'\n",
                                   "                text: 'Deep contextualized word representations'\n                marks:\n                  -\n                    type: bold\n"),
 "1051 link href not http": sub(1051, "href: 'https://arxiv.org/pdf/1910.13461'", "href: 'arxiv.org/pdf/1910.13461'"),
 "1051 updated_by not the author": sub(1051, "updated_by: de7e22e5", "updated_by: 0e7e22e5"),
 "1051 text after the front matter": append(1051, "\nCorpo do post.\n"),
 "1051 unknown Bard node": sub(1051, "type: blockquote", "type: callout"),
 "1052 COUNT not the rows": sub(1052, "-----------\n          8\n", "-----------\n          9\n"),
 "1052 record count wrong": sub(1052, "  7 record(s) selected.", "  6 record(s) selected."),
 "1052 number left-aligned": sub(1052, "          9   2023 Dive", "9             2023 Dive"),
 "1052 banner edited": sub(1052, "Command Line Processor for DB2 Client 11.5.8.0", "Command Line Processor for Db2 Client 11.5.8.0"),
 "1052 INSERT not what is shown": sub(1052, "'https://d2l.ai', 'Učebnice", "'https://d2l.ai/', 'Učebnice"),
 "1052 SQL0206N for a known column": sub(1052, "select NAZEV, DOI from", "select NAZEV, ROK from"),
 "1052 padded in characters, not bytes": sub(1052, "Základ pro cvičení 3, reziduální blok nakreslit na tabuli   ", "Základ pro cvičení 3, reziduální blok nakreslit na tabuli"),
 "1053 sections out of order": sub(1053, "section_end:1709793067:prepare_executor", "section_end:1709793067:prepare_script"),
 "1053 a stray CR": sub(1053, "Created fresh repository.", "Created fresh repository.\r"),
 "1053 builder count wrong": sub(1053, "[build] 8 مقاله", "[build] 9 مقاله"),
 "1053 entry without its warning": sub(1053, r"\x1b\[0;33m\[build\] هشدار: [^\n]*Funnel[^\n]*\n", "", regex=True),
 "1053 link checker summary wrong": sub(1053, "[links] 6 پیوند", "[links] 7 پیوند"),
 "1053 Job succeeded lost": sub(1053, "\x1b[32;1mJob succeeded\x1b[0;m\n", "\n"),
 "1053 section time going back": sub(1053, "section_end:1709793108:step_script", "section_end:1709793008:step_script"),
 "1054 a slash not escaped": sub(1054, '"uri":"users\\/142"', '"uri":"users/142"'),
 "1054 post_processed_body not the body's": sub(1054, "Qu&#039;en pensez-vous", "Qu'en pensez-vous"),
 "1054 commonmark not rendered": sub(1054, "<em>loss scaling<\\/em>", "*loss scaling*"),
 "1054 submitted out of order": sub(1054, '"submitted_on":"2024-03-01T17:48:05+01:00"', '"submitted_on":"2024-02-21T17:48:05+01:00"'),
 "1054 user copies differ": sub(1054, '"display_name":"Sofia Benali (sbenali)"', '"display_name":"Sofia B. (sbenali)"'),
 "1054 values with fields=comments": sub(1054, '"values":[]', '"values":[{"field_id":1501}]'),
 "1054 a final newline": append(1054, "\n"),
 "1055 numOfTasks not the body's": sub(1055, '"numOfTasks":4,"numOfCheckedTasks":2', '"numOfTasks":5,"numOfCheckedTasks":2'),
 "1055 checked tasks miscounted": sub(1055, "- [x] lähetä päivitetty aikataulu", "- [ ] lähetä päivitetty aikataulu"),
 "1055 not newest updated first": sub(1055, '"updatedAt":1709718934112', '"updatedAt":1709018934112'),
 "1055 _rev not <n>-<md5>": sub(1055, '"_rev":"14-', '"_rev":"14_'),
 "1055 escaped non-ASCII": sub(1055, "agentit ja vahvistusoppiminen — lukulista", "agentit ja vahvistusoppiminen \\u2014 lukulista"),
 "1055 created after updated": sub(1055, '"createdAt":1709645880204', '"createdAt":1709745880204'),
 "1056 all-day not at midnight": sub(1056, '"all_day":true,"start_at":"2023-11-08T00:00:00.000Z"', '"all_day":true,"start_at":"2023-11-08T03:00:00.000Z"'),
 "1056 label not included": sub(1056, '"label":{"data":{"id":"YqA7c2Rb1xJp,7"', '"label":{"data":{"id":"YqA7c2Rb1xJp,8"'),
 "1056 outside the 7 days": sub(1056, '"start_at":"2023-11-12T00:00:00.000Z","start_timezone":"Asia/Seoul"', '"start_at":"2023-11-14T00:00:00.000Z","start_timezone":"Asia/Seoul"'),
 "1056 catalogue title in the negative": sub(1056, "후보는 슬랙 #paper-reading 채널", "후보는 (예: Attention Is All You Need) 슬랙 #paper-reading 채널"),
 "1056 arXiv id in the negative": sub(1056, "후보는 슬랙 #paper-reading 채널", "후보는 (예: 2310.01234) 슬랙 #paper-reading 채널"),
 "title-only paper gets a link in 1049": sub(1049, "（Ho et al., NeurIPS 2020）", "（Ho et al., NeurIPS 2020, https://arxiv.org/abs/2006.11239）"),
 "unlabelled catalogue id in 1053": sub(1053, "[notice] To update, run: pip install --upgrade pip", "[notice] To update, run: pip install --upgrade pip # see 1706.03762"),
 "other file's title in 1050": sub(1050, "בחרו עד יום חמישי", "בחרו (לא Attention Is All You Need) עד יום חמישי"),
 "labelled title lost in 1051": sub(1051, "Neural Machine Translation of Rare Words with Subword Units", "BPE", count=0),
 "unlabelled OpenReview id in 1055": sub(1055, "forum?id=VTF8yNQM66", "forum?id=VTF8yNQM67", count=0),
 "distractor title in 1047": sub(1047, "σύγκριση\n  με το MAE", "σύγκριση\n  με το MAE και το Vision Transformers are Robust Learners"),
 "title-only paper's id in 1054": sub(1054, "le prérequis mathématique, sections 2 et 3", "le prérequis mathématique (2008.07669)", count=0),
 "arxiv-text id lost in 1048": sub(1048, " (arXiv:2101.08809)", "", count=0),
 "OpenReview link cut in 1053": sub(1053, "forum?id=QtTKTdVrFBB", "forum?id=QtTKT", count=0),
 "link lost in 1052": sub(1052, "https://arxiv.org/abs/1512.03385", "arXiv 1512.03385 "),
 "expected: wrong evidence": exp_edit(lambda e: first(1047)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1049)(e)[4].update(arxiv_id="2006.11239")),
 "expected: wrong title": exp_edit(lambda e: first(1053)(e)[0].update(title="Longformer")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1048)(e)[2].update(openreview_id="uYLFoz1vlAC")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1052)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1056]].append(dict(first(1047)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1055)(e).append(dict(first(1051)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1050)(e).pop() for _ in range(2)]),
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
