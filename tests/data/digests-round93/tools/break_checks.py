#!/usr/bin/env python3
"""Breaks a scratch copy of round93 (/tmp/round93-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round91's harness, with round93's cases; 953 and 954 are edited in their own charsets.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round93-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(947, 957)}
CS = {953: "iso-8859-1", 954: "cp1252"}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(CS.get(n, "utf-8"))
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(CS.get(n, "utf-8")))
    return fn


def recode(n, to):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        data = open(p, "rb").read().decode(CS[n]).encode(to)
        open(p, "wb").write(data)
    return fn


def append(n, extra):
    def fn(root):
        with open(os.path.join(root, "digests", D[n]), "a", encoding=CS.get(n, "utf-8"), newline="") as fh: fh.write(extra)
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "947 continuation prompt not the CLI's": sub(947, "             -> ORDER BY id;", "    -> ORDER BY id;"),
 "947 row count wrong": sub(947, "(10 rows)", "(9 rows)"),
 "947 header not centred": sub(947, "   Table    \n", " Table      \n"),
 "947 query id goes backwards": sub(947, "20240305_022301_00449_q8t4n", "20240305_020301_00449_q8t4n"),
 "947 byte rate wrong": sub(947, "[24 rows/s, 5.41KB/s]", "[24 rows/s, 6.41KB/s]"),
 "947 header not the SELECT list": sub(947, "| nguoi_de_xuat | trang_thai \n", "| nguoi_de_xuat | tinh_trang \n"),
 "947 no quit at the end": sub(947, "trino:nhom_doc> quit\n", ""),
 "948 time goes backwards": sub(948, "INFO 05-14 10:14:52", "INFO 05-14 09:14:52"),
 "948 request never finished": sub(948, "INFO 05-14 15:12:18 async_llm_engine.py:120] Finished request", "INFO 05-14 15:12:18 async_llm_engine.py:120] Finished requests"),
 "948 token ids without BOS": sub(948, "prompt_token_ids: [1, ", "prompt_token_ids: [2, "),
 "948 metrics Running wrong": sub(948, "Running: 1 reqs", "Running: 0 reqs"),
 "948 engine version differs": sub(948, "LLM engine (v0.4.2)", "LLM engine (v0.4.1)"),
 "948 prompt repr broken": sub(948, "questions.\\nHuman: 이번 주", "questions.\nHuman: 이번 주"),
 "949 final newline added": append(949, "\n"),
 "949 pagination total wrong": sub(949, '"total":10', '"total":11'),
 "949 attribute keys out of order": sub(949, '"kind":"paper","arxivId":null', '"arxivId":null,"kind":"paper"'),
 "949 not newest first": sub(949, '"createdAt":"2024-02-25T07:03:21.940Z"', '"createdAt":"2024-02-28T07:03:21.940Z"'),
 "949 unknown Blocks node": sub(949, '"type":"paragraph"', '"type":"para"'),
 "949 spaces in the JSON": sub(949, '"page":1,', '"page": 1,'),
 "950 @def not a Julia literal": sub(950, "@def hasmath = true", "@def hasmath = yes"),
 "950 cite of an undefined label": sub(950, "\\citet{sun2023}", "\\citet{sun2022}"),
 "950 code block not closed": sub(950, "digits=3))\n```\n", "digits=3))\n"),
 "950 @@ div not closed": sub(950, "κατά την εκπαίδευση.\n@@\n", "κατά την εκπαίδευση.\n"),
 "950 footnote not defined": sub(950, "[^1]: Η ομάδα", "[^2]: Η ομάδα"),
 "950 output names no block": sub(950, "\\output{./code/rfa}", "\\output{./code/favor}"),
 "950 heading skips a level": sub(950, "## Αναφορές", "#### Αναφορές"),
 "951 LF row end": sub(951, "\r\n1388,", "\n1388,"),
 "951 needless quotes": sub(951, ",Спринт 12,", ',"Спринт 12",'),
 "951 total-points not the sum": sub(951, ",3.0,,,5.0,8.0,", ",3.0,,,5.0,9.0,"),
 "951 closed status reopened": sub(951, "Готово,True", "Готово,False"),
 "951 owner full name differs": sub(951, "m.sokolov,Максим Соколов,m.sokolov", "m.sokolov,Максим Соколов-Петров,m.sokolov"),
 "951 header not Taiga's": sub(951, ",backlog_order,", ",backlog_ord,"),
 "952 parameters not the dependencies": sub(952, "function _5(Swatches,d3){return(", "function _5(Swatches){return("),
 "952 anonymous cell misnumbered": lambda root: [sub(952, "function _8(", "function _7(")(root), sub(952, ", _8);", ", _7);")(root)],
 "952 brackets unbalanced": sub(952, "\n)}\n\nfunction _6", "\n}\n\nfunction _6"),
 "952 unknown file attachment": sub(952, 'FileAttachment("reading-log.csv").csv', 'FileAttachment("reading_log.csv").csv'),
 "952 notebook URL line": sub(952, "// https://observablehq.com/@kenji-sato/diffusion-timeline@218", "// observablehq.com/@kenji-sato/diffusion-timeline"),
 "953 written as UTF-8": recode(953, "utf-8"),
 "953 message count wrong": sub(953, "There are 5 messages", "There are 6 messages"),
 "953 line count wrong": sub(953, r"totaling \d+ lines", "totaling 999 lines", regex=True),
 "953 topic count wrong": sub(953, "largos (2)", "largos (3)"),
 "953 asterisks too long": sub(953, r"\*\n$", "**\n", regex=True),
 "953 header not padded": sub(953, "\nSender:       ", "\nSender: "),
 "953 date out of order": sub(953, "Tue, 5 Mar 2024 10:21:17 +0100", "Sun, 3 Mar 2024 10:21:17 +0100"),
 "954 written as UTF-8": recode(954, "utf-8"),
 "954 LF line end": sub(954, "\r\n113;", "\n113;"),
 "954 decimal point": sub(954, ";4,5;", ";4.5;"),
 "954 Yes/No not Wahr/Falsch": sub(954, ";Wahr;", ";Ja;"),
 "954 date not dd.mm.yyyy": sub(954, "14.11.2023 00:00:00", "2023-11-14 00:00:00"),
 "954 hyperlink not Access's form": sub(954, '"#https://arxiv.org/abs/1711.05101#"', '"https://arxiv.org/abs/1711.05101"'),
 "954 text not quoted": sub(954, ';"ICLR 2018";', ";ICLR 2018;"),
 "955 not Rails' escapes": sub(955, "\\u003cp\\u003e", "<p>"),
 "955 comment_count wrong": sub(955, '"comment_count":9', '"comment_count":8'),
 "955 depth wrong": sub(955, '"depth":2', '"depth":1'),
 "955 anchor wrong": sub(955, "#c_hq3vzd", "#c_hq3vzx"),
 "955 Markdown link not rendered": sub(955, 'href=\\"https://docs.letta.com/\\"', 'href=\\"https://docs.letta.com/x\\"'),
 "956 list reference unknown": sub(956, '"list_id":"48219460"', '"list_id":"48219461"'),
 "956 priority not RTM's": sub(956, '"priority":"P1"', '"priority":"high"'),
 "956 repeat not an RRULE": sub(956, "FREQ=WEEKLY;INTERVAL=1;BYDAY=WE", "every Wednesday"),
 "956 catalogue title in the negative": sub(956, "लैब मीटिंग की स्लाइड्स", "Attention Is All You Need स्लाइड्स"),
 "956 arXiv id in the negative": sub(956, "हॉस्टल वाई-फ़ाई", "2106.01345 हॉस्टल वाई-फ़ाई"),
 "title-only paper gets a link in 952": sub(952, "Stable Diffusion 以前の潜在拡散", "Stable Diffusion 以前の潜在拡散 https://arxiv.org/abs/2106.05931"),
 "unlabelled catalogue id in 951": sub(951, "Смотрим раздел 3.2", "См. также arXiv:1706.03762. Смотрим раздел 3.2"),
 "other file's title in 947": sub(947, "nucleus sampling;", "Attention Is All You Need; nucleus sampling;"),
 "labelled title lost in 953": sub(953, "Big Bird: Transformers for Longer Sequences", "Big Bird", count=0),
 "unlabelled OpenReview id in 950": sub(950, "forum?id=QtTKTdVrFBB", "forum?id=abcDEF12345"),
 "distractor title in 949": sub(949, "مقالهٔ اصلی جلسهٔ ۵", "A Multi-view Perspective of Self-supervised Learning — مقالهٔ اصلی جلسهٔ ۵"),
 "title-only paper's id in 954": sub(954, '"AutoML";Falsch', '"AutoML 2101.08809";Falsch'),
 "expected: wrong evidence": exp_edit(lambda e: first(947)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(951)(e)[5].update(arxiv_id="2103.14586")),
 "expected: wrong title": exp_edit(lambda e: first(950)(e)[3].update(title="Mamba")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(953)(e).pop(3)),
 "expected: label in the negative": exp_edit(lambda e: e[D[956]].append(dict(first(947)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(952)(e).append(dict(first(955)(e)[0]))),
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
