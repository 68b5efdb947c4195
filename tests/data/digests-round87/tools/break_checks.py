#!/usr/bin/env python3
"""Breaks a scratch copy of round87 (/tmp/round87-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round85's harness, with round87's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round87-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(887, 897)}


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
 "887 continuation number skipped": sub(887, "  3  order by week_no, id;", "  4  order by week_no, id;"),
 "887 PROMPT text not echoed": sub(887, "Завдання 1. Переглянути структуру таблиці PAPERS\nSQL> desc",
                                   "Завдання 1. Переглянути структуру\nSQL> desc"),
 "887 rows selected wrong": sub(887, "10 rows selected.", "9 rows selected."),
 "887 numeric column left-aligned": sub(887, "\n         8          7 ", "\n8                   7 "),
 "887 value runs into the column rule": sub(887, "https://arxiv.org/abs/1810.04805             BERT",
                                            "https://arxiv.org/abs/1810.04805-plus-a-long-tailBERT"),
 "887 ORA error without two blank lines": sub(887, "ORA-00942: table or view does not exist\n\n\n",
                                              "ORA-00942: table or view does not exist\n\n"),
 "887 error star beyond the echoed line": sub(887, "              *\nERROR", "                              *\nERROR"),
 "887 update feedback missing": sub(887, "\n1 row updated.\n", "\n"),
 "887 no spool off": sub(887, "SQL> spool off\n", ""),
 "888 totalCount wrong": sub(888, '"totalCount":"10"', '"totalCount":"9"'),
 "888 CHECK_BOX not a list": sub(888, '"type":"CHECK_BOX","value":["量子化","推論"]', '"type":"CHECK_BOX","value":"量子化"'),
 "888 time not minute precision": sub(888, '"2024-03-08T02:41:00Z"', '"2024-03-08T02:41:13Z"'),
 "888 records not newest id first": sub(888, '"$id":{"type":"__ID__","value":"31"}', '"$id":{"type":"__ID__","value":"19"}'),
 "888 non-ASCII escaped": sub(888, "佐藤 健", "\\u4f50\\u85e4 \\u5065"),
 "888 rich text unbalanced": sub(888, "検証済み。<br /></div>", "検証済み。<br />"),
 "889 not Python json separators": sub(889, ', "qualifier": "shares"', ',"qualifier": "shares"'),
 "889 not newest first": sub(889, "Thu, 07 Mar 2024 03:05:12 GMT", "Sun, 10 Mar 2024 03:05:12 GMT"),
 "889 qualifier_translated wrong": sub(889, '"qualifier_translated": "\\u5206\\u4eab"', '"qualifier_translated": "\\u60f3"'),
 "889 URL of content_raw not linked": sub(889, '<a href=\\"https://arxiv.org/abs/2301.12597\\" class=\\"ex_link\\" '
                                               'rel=\\"nofollow\\">https://arxiv.org/abs/2301.12597</a>',
                                          "https://arxiv.org/abs/2301.12597"),
 "890 scores not descending": sub(890, '"score": 0.7986142', '"score": 0.8986142'),
 "890 not jq's layout": sub(890, '\n  "status": "ok"', '\n    "status": "ok"'),
 "890 id not a UUID": sub(890, '"id": "5d3e77c9-c736-42ee-b061-487ec955228c"', '"id": "5d3e77c9"'),
 "891 SingleFile comment altered": sub(891, " Page saved with SingleFile \n", " Page saved with Singlefile \n"),
 "891 </li> kept": sub(891, ">Wydział</a><li>", ">Wydział</a></li><li>"),
 "891 needless quotes": sub(891, "<main id=content>", '<main id="content">'),
 "891 script kept": sub(891, "<main id=content>", "<main id=content><script>var x=1</script>"),
 "891 image not inlined": sub(891, r"<img src=data:image/png;base64,[A-Za-z0-9+/=]+ ", "<img src=https://wmi.uczelnia.example/logo.png ",
                              regex=True),
 "891 element not closed": sub(891, "</nav></header>", "</header>"),
 "892 name changes role": sub(892, "[18:22] [Jonas Weber : MODERATOR]", "[18:22] [Jonas Weber : VIEWER]"),
 "892 time goes backwards": sub(892, "[18:40]", "[17:40]"),
 "892 welcome line missing": sub(892, "system: Willkommen", "Willkommen"),
 "892 message line malformed": sub(892, "[18:35] [Anna Krüger : VIEWER]:", "[18:35] Anna Krüger:"),
 "893 numbering skipped": sub(893, "\n3. [2103.14030]", "\n4. [2103.14030]"),
 "893 tags not sorted": sub(893, "# iclr2021,transformers,visión", "# visión,iclr2021,transformers"),
 "893 colour codes": sub(893, "1. CS231n", "\x1b[1m1. CS231n"),
 "893 no blank line after the last record": sub(893, "# docencia,visión\n\n", "# docencia,visión\n"),
 "894 no blank line before a prompt": sub(894, "\n\n>>> RetNet", "\n>>> RetNet"),
 "894 no /bye": sub(894, ">>> /bye\n", ""),
 "894 multi-line input without '... '": sub(894, "... این یکی", "این یکی"),
 "895 time goes backwards": sub(895, "2024-03-07T09:41:16.118440", "2024-03-07T08:41:16.118440"),
 "895 router keys out of order": sub(895, "dyno=web.1 connect=0ms service=41ms", "connect=0ms dyno=web.1 service=41ms"),
 "895 state change inconsistent": sub(895, "heroku[web.1]: State changed from starting to up",
                                      "heroku[web.1]: State changed from down to up"),
 "895 scheduler logs after complete": append(895, "2024-03-08T02:31:00.000000+00:00 app[scheduler.7731]: INFO digestbot: spät\n"),
 "896 header not centred": sub(896, "│ # │        name        │", "│ # │ name               │"),
 "896 row wider than the frame": sub(896, "│ 2 │ program.csv        │", "│ 2 │ program.csv         │"),
 "896 index skipped": sub(896, "│ 3 │ slaytlar", "│ 4 │ slaytlar"),
 "896 catalogue title in the negative": sub(896, "- Uzun makalelerde sadece giriş",
                                            "- Attention Is All You Need: uzun makalelerde sadece giriş"),
 "896 arXiv id in the negative": sub(896, "~/okuma-grubu> exit", "~/okuma-grubu> # 2106.09685\n~/okuma-grubu> exit"),
 "title-only paper gets a link in 894": sub(894, "Google Scholar جست‌وجو کنید.",
                                            "Google Scholar جست‌وجو کنید. https://arxiv.org/abs/2106.02039"),
 "unlabelled catalogue id in 895": sub(895, "(अभी सिर्फ़ आईडी, लिंक बनाना बाकी)", "(अभी सिर्फ़ आईडी; देखें arXiv:1706.03762)"),
 "other file's title in 892": sub(892, "Ich muss los, danke euch!", "Ich muss los, danke euch! Attention Is All You Need lese ich nach."),
 "labelled title lost in 893": sub(893, "Understanding Robustness of Transformers for Image Classification",
                                   "Robustez de transformers", count=0),
 "unlabelled OpenReview id in 890": sub(890, '"ref": null,\n        "summary_ko": "계획',
                                        '"ref": "https://openreview.net/forum?id=abcDEF123",\n        "summary_ko": "계획'),
 "distractor title in 889": sub(889, "rectified flow + MM-DiT", "rectified flow + MM-DiT (Stay on topic with Classifier-Free Guidance)"),
 "expected: wrong evidence": exp_edit(lambda e: first(887)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(893)(e)[5].update(arxiv_id="1502.01852")),
 "expected: wrong title": exp_edit(lambda e: first(888)(e)[1].update(title="AdaLoRA")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(889)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[896]].append(dict(first(887)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(891)(e).append(dict(first(894)(e)[0]))),
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
