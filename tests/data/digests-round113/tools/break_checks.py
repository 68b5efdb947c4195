#!/usr/bin/env python3
"""Breaks a scratch copy of round113 (/tmp/round113-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round111's harness, with round113's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round113-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1147, 1157)}


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
 "1147 Committed version not increasing": sub(1147, r"Committed \(\d+\)\nfdb> get", "Committed (1)\nfdb> get", regex=True),
 "1147 set before writemode accepted": sub(1147, "ERROR: writemode must be enabled to set or clear keys in the database.", "Committed (318457120114)"),
 "1147 get finds a cleared key": sub(1147, "': not found", "' is `x'"),
 "1147 getrangekeys shows the cleared key": sub(1147, "\\x15\\x08'\nfdb> getrange", "\\x15\\x08'\n`\\x02digest\\x00\\x022024-W19\\x00\\x15\\x09'\nfdb> getrange"),
 "1147 keys not sorted": sub(1147, "\\x15\\x02' is", "\\x15\\x0a' is"),
 "1147 script count wrong": sub(1147, "已写入 9 条", "已写入 8 条"),
 "1147 greeting not fdbcli's": sub(1147, "The database is available.", "The database is unavailable."),
 "1147 no exit": sub(1147, "fdb> exit\n", ""),
 "1147 value not JSON": sub(1147, "is `{\"title\": \"Switch", "is `{title: \"Switch"),
 "1148 posted not posted_ts": sub(1148, '"posted":"2024-04-15T07:58:21"', '"posted":"2024-04-15T07:58:22"'),
 "1148 raw umlaut": sub(1148, "F\\u00fcr", "Für"),
 "1148 mention to a wrong id": sub(1148, "twist-mention://482231", "twist-mention://482232"),
 "1148 obj_index wrong": sub(1148, '"obj_index":1,', '"obj_index":2,'),
 "1148 creator not the name's": sub(1148, '"creator":482103,"creator_name":"Lena Hoffmann"', '"creator":482117,"creator_name":"Lena Hoffmann"'),
 "1148 final newline": append(1148, "\n"),
 "1149 State not the trail's end": sub(1149, ">State:         closed", ">State:         feedback"),
 "1149 Closed-Date not the closing": sub(1149, ">Closed-Date:   Fri Apr 12", ">Closed-Date:   Sat Apr 13"),
 "1149 fields out of order": sub(1149, r"(>Severity:.*\n)(>Priority:.*\n)", r"\2\1", regex=True),
 "1149 weekday wrong": sub(1149, ">Arrival-Date:  Tue Apr 09", ">Arrival-Date:  Wed Apr 09"),
 "1149 Subject not the Synopsis": sub(1149, "Subject: 週報15号でarXivリンクが消える\nX-Send", "Subject: 週報15号のリンク\nX-Send"),
 "1149 state chain broken": sub(1149, "State-Changed-From-To: analyzed->feedback", "State-Changed-From-To: open->feedback"),
 "1149 value not at column 17": sub(1149, ">Priority:      medium", ">Priority: medium"),
 "1150 size wrong": sub(1150, "leituras.size()\n===> 8", "leituras.size()\n===> 9"),
 "1150 continuation prompt misnumbered": sub(1150, "groovy:002> }", "groovy:001> }"),
 "1150 length wrong": sub(1150, "===> 1002", "===> 1001"),
 "1150 countBy wrong": sub(1150, "[Beatriz:2, Rafael:2", "[Beatriz:3, Rafael:2"),
 "1150 findAll not the rows": sub(1150, "Models]\ngroovy:000> for", "Models, Gato]\ngroovy:000> for"),
 "1150 no banner rule": sub(1150, "-" * 79 + "\n", ""),
 "1151 Done without a done date": sub(1151, "        <done>2024-03-06</done>\n", ""),
 "1151 unknown tag id": sub(1151, "<tag>344a9ed2-b4d9-4371-8d75-ba30c144dbcf</tag>", "<tag>344a9ed2-b4d9-4371-8d75-ba30c144dbce</tag>"),
 "1151 @tags not the task's": sub(1151, "@디퓨전 @구현\nhttps://arxiv.org/pdf", "@디퓨전\nhttps://arxiv.org/pdf"),
 "1151 subtask link missing": sub(1151, r"\{![0-9a-f-]+!\}\n", "", regex=True),
 "1151 modified before added": sub(1151, "<modified>2024-03-11T12:14:03.411920", "<modified>2024-03-01T12:14:03.411920"),
 "1152 Instant not timeMillis": sub(1152, 'nanoOfSecond="118000000"', 'nanoOfSecond="119000000"'),
 "1152 ContextMap not sorted": sub(1152, '    <item key="channel" value="@ssl_po_pyatnicam"/>\n    <item key="issue" value="23"/>', '    <item key="issue" value="23"/>\n    <item key="channel" value="@ssl_po_pyatnicam"/>'),
 "1152 thread changes id": sub(1152, 'threadId="18"', 'threadId="19"'),
 "1152 paper count wrong": sub(1152, "собран: 8 статей", "собран: 9 статей"),
 "1152 paper without link at INFO": sub(1152, 'level="WARN" loggerName="ru.nsk.ssl.digest.Collector"', 'level="INFO" loggerName="ru.nsk.ssl.digest.Collector"'),
 "1152 attributes out of order": sub(1152, 'thread="main" level="INFO"', 'level="INFO" thread="main"'),
 "1153 row with a field missing": sub(1153, '"";0;3.9', '"";3.9'),
 "1153 invalid date": sub(1153, "4;12.03.2024", "4;32.03.2024"),
 "1153 command without a period": sub(1153, "MISSING VALUES katilim (0).", "MISSING VALUES katilim (0)"),
 "1153 unknown variable": sub(1153, "FREQUENCIES VARIABLES=kaynak_var sunan.", "FREQUENCIES VARIABLES=kaynak_var sunucu."),
 "1153 string too wide": sub(1153, "sunan (A24)", "sunan (A8)"),
 "1153 session out of sequence": sub(1153, "7;02.04.2024", "8;02.04.2024"),
 "1154 len wrong": sub(1154, "len(papers)\n8", "len(papers)\n9"),
 "1154 continuation too narrow": sub(1154, "." * 30 + "    print", "." * 29 + "    print"),
 "1154 wc -l wrong": sub(1154, "7 simeioseis.md", "8 simeioseis.md"),
 "1154 prompt cwd not followed": sub(1154, "eleni@thess-ws ~/anagnoseis @ ls", "eleni@thess-ws ~ @ ls"),
 "1154 JSON not two-space": sub(1154, '    "date": "2024-10-03",', '    "date":"2024-10-03",'),
 "1155 Hindi weekday wrong": sub(1155, "गुरुवार, 18 जनवरी", "शुक्रवार, 18 जनवरी"),
 "1155 end before start": sub(1155, 'title="2024-01-18T17:00:00+05:30">5:00 अपराह्न', 'title="2024-01-18T15:00:00+05:30">3:00 अपराह्न'),
 "1155 unbalanced span": sub(1155, '<span class="location">कक्ष 204, गणित भवन</span></p>', '<span class="location">कक्ष 204, गणित भवन</p>'),
 "1155 seminar misnumbered": sub(1155, "सेमिनार 3:", "सेमिनार 4:"),
 "1155 id not the date": sub(1155, 'id="sem-2024-02-08"', 'id="sem-2024-02-09"'),
 "1156 @t not increasing": sub(1156, '"@t":"2024-06-02T23:00:00.1644811Z"', '"@t":"2024-06-02T23:00:00.1000000Z"'),
 "1156 @l Information": sub(1156, '"@l":"Warning"', '"@l":"Information"'),
 "1156 @r wrong": sub(1156, '"@r":["15.72"]', '"@r":["15.7"]'),
 "1156 placeholder without property": sub(1156, '"ConfigPath":"/etc', '"ConfigFile":"/etc'),
 "1156 @x at Information": sub(1156, '"@l":"Error",', ''),
 "1156 catalogue title in the negative": sub(1156, "قد يكون اليوم عطلة", "Segment Anything قد يكون اليوم عطلة"),
 "1156 arXiv id in the negative": sub(1156, "q-7f3a21", "2106.09685"),
 "title-only paper gets a link in 1152": sub(1152, "«Supervised Contrastive Learning» (", "«Supervised Contrastive Learning» https://arxiv.org/abs/2004.11362 ("),
 "unlabelled catalogue id in 1154": sub(1154, "https://www.sbert.net/", "https://www.sbert.net/ 1706.03762"),
 "other file's title in 1150": sub(1150, "segurança: ataques de sufixo", "segurança; ver Segment Anything"),
 "labelled title lost in 1149": sub(1149, "Textbooks Are All You Need", "phi-1", count=0),
 "unlabelled OpenReview id in 1155": sub(1155, "https://www.youtube.com/watch?v=Qm7k2Zs1xTq", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1153": sub(1153, "CS231n ders notları.", "CS231n ders notları; Rethinking ImageNet Pre-training."),
 "arxiv-text id lost in 1153": sub(1153, "arXiv:2006.03656", "", count=0),
 "link lost in 1151": sub(1151, "https://arxiv.org/abs/2006.11239", "https://github.com/hojonathanho/diffusion"),
 "OpenReview link cut in 1148": sub(1148, "forum?id=rkgNKkHtvB", "forum?id=rkgNKk"),
 "expected: wrong evidence": exp_edit(lambda e: first(1147)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1148)(e)[5].update(arxiv_id="2010.06891")),
 "expected: wrong title": exp_edit(lambda e: first(1152)(e)[1].update(title="BYOL")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1150)(e)[0].update(openreview_id="St1giarCHLP")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1151)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1156]].append(dict(first(1147)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1155)(e).append(dict(first(1153)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1154)(e).pop() for _ in range(2)]),
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
