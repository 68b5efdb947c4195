#!/usr/bin/env python3
"""Breaks a scratch copy of round91 (/tmp/round91-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round89's harness, with round91's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round91-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(927, 937)}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode("utf-8")
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
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
 "927 continuation prompt not Beeline's": sub(927, ". . . . . . . . . . . . . . . . . . > from paper_queue", ". . . > from paper_queue"),
 "927 rows selected wrong": sub(927, "10 rows selected (6.288 seconds)", "9 rows selected (6.288 seconds)"),
 "927 header not centred": sub(927, "|     tab_name     |", "| tab_name         |"),
 "927 row not padded": sub(927, "| 3  | 2101.03961 | NULL                                   |", "| 3  | 2101.03961 | NULL |"),
 "927 query id differs in Executing": sub(927, "INFO  : Executing command(queryId=hive_20240305101203_", "INFO  : Executing command(queryId=hive_20240305101204_"),
 "927 Tez vertex not finished": sub(927, "Reducer 2 ...... container     SUCCEEDED      1          1",
                                    "Reducer 2 ...... container       RUNNING      1          0"),
 "927 no Closing line": sub(927, "Closing: 0: jdbc:hive2://hs2-01:10000/reading\n", ""),
 "927 csv2 row with an extra comma": sub(927, "路由简单；", "路由简单, "),
 "927 SQL in the log differs from the statement": sub(927, "INFO  : Compiling command(queryId=hive_20240305101220_414b1bfc-eee5-4213-8989-8f6b6c92bb30): describe paper_queue",
                                                      "INFO  : Compiling command(queryId=hive_20240305101220_414b1bfc-eee5-4213-8989-8f6b6c92bb30): describe paper_queue extended"),
 "928 slash not escaped": sub(928, "https:\\/\\/arxiv.org\\/abs\\/2006.07733", "https://arxiv.org/abs/2006.07733"),
 "928 final newline added": append(928, "\n"),
 "928 modified after accessed": sub(928, '"modified_at" : "2024-02-27T06:15:33Z"', '"modified_at" : "2024-03-27T06:15:33Z"'),
 "928 folder out of range": sub(928, '"folder" : 1', '"folder" : 2'),
 "928 uuid lower-case": sub(928, "6ED7BD7B-2734-428F-8A47-09A809EC7AC3", "6ed7bd7b-2734-428f-8a47-09a809ec7ac3"),
 "928 separator not ' : '": sub(928, '"flagged" : true', '"flagged": true'),
 "929 '&' not escaped": sub(929, "\\u0026t=95s", "&t=95s"),
 "929 totalItems wrong": sub(929, '"totalItems":9', '"totalItems":10'),
 "929 not newest first": sub(929, '"created":"2024-03-05 06:41:09.512Z"', '"created":"2024-01-05 06:41:09.512Z"'),
 "929 relation not the expanded record": sub(929, '{"added_by":"0a4y77g2aqa1psp","arxiv"', '{"added_by":"0a4y77g2aqa1psq","arxiv"'),
 "929 summary HTML not nested": sub(929, "\\u003c/em\\u003e", ""),
 "930 front matter key unknown": sub(930, "\ndescription = ", "\nsummary = "),
 "930 updated before date": sub(930, "updated = 2024-03-11", "updated = 2024-02-11"),
 "930 second more marker": sub(930, "\n## Навіщо це все", "\n<!-- more -->\n\n## Навіщо це все"),
 "930 body shortcode not closed": sub(930, "{% end %}\n", ""),
 "930 footnote not defined": sub(930, "[^pathx]: ", "[^path-x]: "),
 "930 heading skips a level": sub(930, "## Лінійна увага", "#### Лінійна увага"),
 "930 unknown shortcode": sub(930, "{{ gist(", "{{ codepen("),
 "931 indentation": sub(931, "\n        <BinderItem UUID=", "\n      <BinderItem UUID="),
 "931 unknown status": sub(931, "<StatusID>6</StatusID>", "<StatusID>9</StatusID>"),
 "931 UUID repeated": sub(931, 'UUID="6118FD06-F2B1-410C-9930-058193AD1D66"', 'UUID="053C4C93-EA98-45B6-BE80-D297EC7DF99E"'),
 "931 PDF without extension": sub(931, "<FileExtension>pdf</FileExtension>", "<IncludeInCompile>No</IncludeInCompile>"),
 "931 Modified before Created": sub(931, 'Created="2023-09-04 10:15:02 -0300" Modified="2024-02-20 22:03:41 -0300"',
                                    'Created="2023-09-04 10:15:02 -0300" Modified="2023-02-20 22:03:41 -0300"'),
 "931 unknown custom field": sub(931, "<FieldID>nota</FieldID>", "<FieldID>resumen</FieldID>"),
 "932 cue end differs": sub(932, "0:02:11.447,0:02:11.447", "0:02:11.447,0:02:14.000"),
 "932 time goes backwards": sub(932, "0:06:42.018,0:06:42.018", "0:01:42.018,0:01:42.018"),
 "932 name separator": sub(932, "Deniz Kaya : geliyor", "Deniz Kaya: geliyor"),
 "932 two blank lines": sub(932, "\n\n0:00:58.930", "\n\n\n0:00:58.930"),
 "933 BOM lost": sub(933, "\ufeffId,", "Id,"),
 "933 LF line end": sub(933, "\r\n0000043,", "\n0000043,"),
 "933 needless quotes": sub(933, ",funkcja,Lektura,2024-03-04", ',"funkcja",Lektura,2024-03-04'),
 "933 resolution against status": sub(933, "rozwiązany,poprawiony,skrypty", "rozwiązany,otwarty,skrypty"),
 "933 English labels": sub(933, "normalny,funkcja", "normal,feature"),
 "933 id not seven digits": sub(933, "0000044,", "44,"),
 "934 time goes backwards": sub(934, "2024-03-05 09:02:14 +09:00", "2024-03-01 09:02:14 +09:00"),
 "934 morgan colour wrong": sub(934, "\x1b[32m201", "\x1b[31m201"),
 "934 inspect comma missing": sub(934, "  url: 'https://arxiv.org/abs/2104.08691',\n", "  url: 'https://arxiv.org/abs/2104.08691'\n"),
 "934 prefix changed": sub(934, "0|rqueue   | 2024-03-04 10:02:47", "0|rqueue | 2024-03-04 10:02:47"),
 "934 header line count": sub(934, "rqueue-error.log last 120 lines:", "rqueue-error.log last 100 lines:"),
 "935 summary byte count": sub(935, "36/1606", "36/1607"),
 "935 summary subject": sub(935, "26/1113  T5 の発表資料", "26/1113  T5 発表資料"),
 "935 Saved count": sub(935, "Saved 4 messages", "Saved 3 messages"),
 "935 base64 broken": sub(935, "Content-Transfer-Encoding: base64\n\n", "Content-Transfer-Encoding: base64\n\n*"),
 "935 header continuation lost": sub(935, "\tid 3F2A1C0042;", "id 3F2A1C0042;"),
 "936 LF line end": sub(936, "\r\n\t<SaveVersion>", "\n\t<SaveVersion>"),
 "936 duration wrong": sub(936, "<Duration>PT80H0M0S</Duration>", "<Duration>PT88H0M0S</Duration>"),
 "936 outline number": sub(936, "<OutlineNumber>1.2</OutlineNumber>", "<OutlineNumber>1.3</OutlineNumber>"),
 "936 predecessor unknown": sub(936, "<PredecessorUID>2</PredecessorUID>", "<PredecessorUID>99</PredecessorUID>"),
 "936 indentation": sub(936, "\r\n\t\t<Task>", "\r\n\t<Task>"),
 "936 catalogue title in the negative": sub(936, "قراءة أوراق التعلم التبايني", "Deep Residual Learning for Image Recognition"),
 "936 arXiv id in the negative": sub(936, "رقم الطلب عند د. أحمد.", "رقم الطلب عند د. أحمد (2006.07733)."),
 "title-only paper gets a link in 932": sub(932, "Resmi kod yok.", "Resmi kod yok. https://arxiv.org/abs/2204.14198"),
 "unlabelled catalogue id in 933": sub(933, "Propozycja na spotkanie", "Por. arXiv:1706.03762. Propozycja na spotkanie"),
 "other file's title in 927": sub(927, "数据质量比规模重要", "Attention Is All You Need 数据质量比规模重要"),
 "labelled title lost in 935": sub(935, "Exploring the Limits of Transfer Learning with a Unified Text-to-Text Transformer", "T5 論文", count=0),
 "unlabelled OpenReview id in 930": sub(930, "forum?id=uYLFoz1vlAC", "forum?id=abcDEF12345"),
 "distractor title in 928": sub(928, "שאלה לחוג:", "שאלה לחוג (Contrastive Multiview Coding):"),
 "title-only paper's id in 929": sub(929, '"arxiv":"","collectionId":"vaxlou7qjec5cyq","collectionName":"papers","created":"2024-03-04 19:02:44.090Z"',
                                     '"arxiv":"2307.15043","collectionId":"vaxlou7qjec5cyq","collectionName":"papers","created":"2024-03-04 19:02:44.090Z"'),
 "expected: wrong evidence": exp_edit(lambda e: first(927)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(931)(e)[5].update(arxiv_id="2208.01618")),
 "expected: wrong title": exp_edit(lambda e: first(930)(e)[1].update(title="Long Range Arena")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(933)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[936]].append(dict(first(927)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(932)(e).append(dict(first(934)(e)[0]))),
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
