#!/usr/bin/env python3
"""Breaks a scratch copy of round101 (/tmp/round101-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round99's harness, with round101's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round101-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1027, 1037)}


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


PARENT = '"number":20,"subject":"3월 PEFT·인스트럭션 튜닝 스터디"}'
CASES = {
 "1027 an LF line end": sub(1027, '"version": 1\r\n', '"version": 1\n'),
 "1027 no final CRLF": sub(1027, r"\}\r\n$", "}", regex=True),
 "1027 raw < (not JSONWriter's escape)": sub(1027, "\\u003C1000", "<1000"),
 "1027 subject not the first line": sub(1027, '"subject": "MoCo — kod"', '"subject": "MoCo"'),
 "1027 checksum not the tree's": sub(1027, r'"checksum": "[0-9a-f]{32}"', '"checksum": "0123456789abcdef0123456789abcdef"', regex=True),
 "1027 content edited, checksum kept": sub(1027, "adapter HDMI", "adapter USB-C"),
 "1027 keys not sorted": sub(1027, r'(\r\n +)("date_added": "\d+",)(\r\n +)("id": "7",)', r"\1\4\3\2", regex=True),
 "1027 date out of range": sub(1027, '"date_added": "1334', '"date_added": "1934'),
 "1028 COUNT not the rows": sub(1028, "                    8 \n", "                    9 \n"),
 "1028 Records affected wrong": sub(1028, "Records affected: 8", "Records affected: 7"),
 "1028 error column wrong": sub(1028, "-At line 1, column 32", "-At line 1, column 33"),
 "1028 cell off its rule": sub(1028, "           3 2024-02-27", "          3  2024-02-27"),
 "1028 list name not padded": sub(1028, "YEAR_PUB                        1986", "YEAR_PUB                       1986"),
 "1028 UPDATE not in the listing": sub(1028, "URL                             https://arxiv.org/abs/1908.10084", "URL                             <null>"),
 "1028 INSERT not in the listing": sub(1028, "TITLE                           Глубокое обучение\n", "TITLE                           Глубокое обучение (2-е изд.)\n"),
 "1028 statement without ;": sub(1028, "SQL> COMMIT;", "SQL> COMMIT"),
 "1028 blob without its text": sub(1028, r"(NOTE {28}8f:a87\n)[^\n]+\n", r"\1", regex=True),
 "1028 session of no paper": sub(1028, "           8 2024-04-02             8 ", "           8 2024-04-02            18 "),
 "1029 showLitString \\& lost": sub(1029, "\\167\\&3.2", "\\1673.2"),
 "1029 length not the titles": sub(1029, "ghci> length papers\n8\n", "ghci> length papers\n9\n"),
 "1029 !! another record": sub(1029, "ghci> papers !! 0", "ghci> papers !! 1"),
 "1029 error line not the input's": sub(1029, "<interactive>:7:1: error:", "<interactive>:6:1: error:"),
 "1029 url not the record's": sub(1029, 'Just "https://arxiv.org/abs/2302.10866"', 'Just "https://arxiv.org/abs/2302.10866v2"'),
 "1029 byYear shows another year": sub(1029, 'source = ArXiv "2006.16236", year = 2020', 'source = ArXiv "2006.16236", year = 2021'),
 "1029 note printed differently": sub(1029, "Ξαναδιάβασε την §3.2", "Ξαναδιάβασε την §3.3"),
 "1029 Compiling padding": sub(1029, "Anagnosi.Types   (", "Anagnosi.Types  ("),
 "1029 no Leaving GHCi.": sub(1029, "Leaving GHCi.\n", ""),
 "1030 a final newline": append(1030, "\n"),
 "1030 non-ASCII unescaped": sub(1030, "\\u30b9", "ス"),
 "1030 story_hash not feed:guid": sub(1030, '"story_hash": "8734112:', '"story_hash": "8734113:'),
 "1030 story_timestamp wrong": sub(1030, '"story_timestamp": "1709382600"', '"story_timestamp": "1709382601"'),
 "1030 arXiv title not the feed's": sub(1030, ". (arXiv:2307.01952v1 [cs.CV])", " (arXiv:2307.01952v1 [cs.CV])"),
 "1030 content HTML unbalanced": sub(1030, "</em>\\uff08\\u3044", "\\uff08\\u3044"),
 "1030 key order": sub(1030, r'("story_tags": \[[^\]]*\], )("story_date": "[^"]*", )', r"\2\1", regex=True),
 "1031 tag comment": sub(1031, "<!--tag LLM,Bacaan,NLP tag-->", "<!--tag LLM, Bacaan tag-->"),
 "1031 footnote undefined": sub(1031, r"\[\^2\]: [^\n]+\n", "", regex=True),
 "1031 reference link undefined": sub(1031, "[chinchilla]: https", "[chinchila]: https"),
 "1031 table row with another cell count": sub(1031, "| [PDF](https://arxiv.org/pdf/2001.08361.pdf) |", "| [PDF](https://arxiv.org/pdf/2001.08361.pdf) | x |"),
 "1031 fence not closed": sub(1031, 'miliar token")\n~~~\n', 'miliar token")\n'),
 "1031 two more-markers": sub(1031, "<!--more-->\n", "<!--more-->\n\n<!--more-->\n"),
 "1031 list numbering": sub(1031, "2. [Language", "3. [Language"),
 "1032 quoting not Splunk's": sub(1032, ",paperbot,1,", ',"paperbot",1,'),
 "1032 _time not pino's": sub(1032, "2024-03-06T19:35:26.962+05:30", "2024-03-06T19:35:26.963+05:30"),
 "1032 _serial wrong": sub(1032, ',0,"splunk-idx01', ',7,"splunk-idx01'),
 "1032 pino msg not last": sub(1032, '""count"":5,""msg"":""weekly digest sent""}', '""msg"":""weekly digest sent"",""count"":5}'),
 "1032 digest not the saved papers": sub(1032, '""paper_ids"":[41,42,43,44,45],""count"":5', '""paper_ids"":[41,42,43,44],""count"":5'),
 "1032 detected link not in its message": sub(1032, '""url"":""https://arxiv.org/abs/2308.04079""', '""url"":""https://arxiv.org/abs/2308.04079v1""'),
 "1032 _si not server+index": sub(1032, '"splunk-idx01\npaperbot"', '"splunk-idx01\nmain"'),
 "1032 a CRLF": sub(1032, '"splunk_server"\n', '"splunk_server"\r\n'),
 "1033 not compact": sub(1033, '"action":"send"', '"action": "send"'),
 "1033 msgid not its time": sub(1033, "3311657400141810689_1709777525", "3311657400141810689_1709777526"),
 "1033 revoke of an old message": sub(1033, '"pre_msgid":"9140539279615099501_1709782545"', '"pre_msgid":"3311657400141810689_1709777525"'),
 "1033 sender in tolist": sub(1033, '"from":"lichen","tolist":["zhangwei"', '"from":"lichen","tolist":["lichen","zhangwei"'),
 "1033 fileext not the name's": sub(1033, '"fileext":"pdf"', '"fileext":"docx"'),
 "1033 key order": sub(1033, r'("roomid":"\w+",)("msgtime":\d+,)', r"\2\1", regex=True),
 "1034 md message not the cell's text": sub(1034, '"md":"# الأسبوع السابع', '"md":"# الأسبوع الثامن'),
 "1034 gradient descent output wrong": sub(1034, "f=0.04502", "f=0.04503"),
 "1034 papers output not the tuples": sub(1034, '(Dong et al.)\\n"', '(Dong)\\n"'),
 "1034 done message missing": sub(1034, ',"done":false}\ufe21{"done":true}\ufe21\n', ',"done":false}\ufe21\n'),
 "1034 id not a UUIDv4": sub(1034, "3b2d8a09-bb40-4a2b", "3b2d8a09-bb40-5a2b"),
 "1034 md cell input shown": sub(1034, "8fb7680dbbd8i\ufe20", "8fb7680dbbd8\ufe20"),
 "1035 totalCount wrong": sub(1035, '"totalCount":11', '"totalCount":12'),
 "1035 taskNumber not code/number": sub(1035, '"taskNumber":"nlp-study/30"', '"taskNumber":"nlp-study/31"'),
 "1035 closed but not in a closed workflow": sub(1035, '"closed":true', '"closed":false'),
 "1035 parent not the listed post": sub(1035, PARENT, PARENT.replace("스터디", "스터디 (3월)")),
 "1035 not newest created first": sub(1035, '"createdAt":"2024-03-08T16:44:10+09:00"', '"createdAt":"2024-02-08T16:44:10+09:00"'),
 "1035 a final newline": append(1035, "\n"),
 "1035 dueDateFlag without the date": sub(1035, '"dueDateFlag":true', '"dueDateFlag":false'),
 "1036 buffer_size not the contents'": sub(1036, '"buffer_size": 113', '"buffer_size": 114'),
 "1036 spaces for tabs": sub(1036, '\t"last_version"', '    "last_version"'),
 "1036 sheet of no buffer": sub(1036, '"buffer": 2,', '"buffer": 3,'),
 "1036 selection outside the buffer": sub(1036, "18344", "50000"),
 "1036 catalogue title in the negative": sub(1036, "พี่ต้นให้ทุกคนเสนอมาคนละ 2 เรื่อง", "พี่ต้นให้ทุกคนเสนอมาคนละ 2 เรื่อง เช่น Attention Is All You Need"),
 "1036 arXiv id in the negative": sub(1036, "พี่ต้นให้ทุกคนเสนอมาคนละ 2 เรื่อง", "พี่ต้นให้ทุกคนเสนอมาคนละ 2 เรื่อง (เช่น 2403.01234)"),
 "title-only paper gets a link in 1031": sub(1031, "- OPT: Open Pre-trained Transformer Language Models",
                                              "- [OPT: Open Pre-trained Transformer Language Models](https://arxiv.org/abs/2205.01068)"),
 "unlabelled catalogue id in 1033": sub(1033, "好，Switch 我来。", "好，Switch 我来。顺便 1706.03762 也复习一下"),
 "other file's title in 1035": sub(1035, "12층 소회의실 예약 완료.", "12층 소회의실 예약 완료. Attention Is All You Need 복습 자료도 준비."),
 "labelled title lost in 1034": sub(1034, "In Search of Lost Domain Generalization", "DomainBed", count=0),
 "unlabelled OpenReview id in 1029": sub(1029, "forum?id=rkgNKkHtvB", "forum?id=rkgNKkHtvC", count=0),
 "distractor title in 1027": sub(1027, "porównać z CLIP", "porównać z CLIP i Vision Transformers are Robust Learners"),
 "title-only paper's id in 1035": sub(1035, "인스트럭션 데이터 만들 때 참고하려고 추가했습니다.", "인스트럭션 데이터 만들 때 참고하려고 추가했습니다. (2306.11644)"),
 "arxiv-text id lost in 1031": sub(1031, " (arXiv:2303.18223)", ""),
 "OpenReview link cut in 1030": sub(1030, "forum?id=PxTIG12RRHS", "forum?id=PxTIG", count=0),
 "link lost in 1032": sub(1032, "https://arxiv.org/abs/2308.04079", "arXiv 2308.04079", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(1027)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1030)(e)[5].update(arxiv_id="1406.2661")),
 "expected: wrong title": exp_edit(lambda e: first(1033)(e)[0].update(title="GShard")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1029)(e)[1].update(openreview_id="_adSMszz_g9")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1028)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1036]].append(dict(first(1027)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1035)(e).append(dict(first(1031)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1032)(e).pop() for _ in range(2)]),
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
