#!/usr/bin/env python3
"""Breaks a scratch copy of round86 (/tmp/round86-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round85's harness, with round86's cases; 882 is edited in its own charset, GBK.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round86-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(877, 887)}
ENC = {882: "gbk"}


def sub(n, old, new, count=1, regex=False):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC.get(n, "utf-8"))
        if regex:
            assert re.search(old, s), (n, old)
            s = re.sub(old, new, s, count=count)
        else:
            assert old in s, (n, old)
            s = s.replace(old, new, count if count else -1)
        open(p, "wb").write(s.encode(ENC.get(n, "utf-8")))
    return fn


def recode(n, enc):
    def fn(root):
        p = os.path.join(root, "digests", D[n])
        s = open(p, "rb").read().decode(ENC.get(n, "utf-8"))
        open(p, "wb").write(s.encode(enc))
    return fn


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "877 Proton header dropped": sub(877, "Feedback-ID: 40817365:user:proton\r\n", ""),
 "877 bare LF in the headers": sub(877, "X-Pm-Spamscore: 0\r\n", "X-Pm-Spamscore: 0\n"),
 "877 QP soft break removed (line over 76)": sub(877, "=\r\n", "", regex=False),
 "877 forward weekday wrong": sub(877, "On Monday, March 11th", "On Tuesday, March 11th"),
 "877 replaced outside the window": sub(877, "Sun, 10 Mar 2024 14:07:31 GMT", "Thu, 07 Mar 2024 14:07:31 GMT"),
 "877 entry size mismatch": sub(877, "(803kb,D)", "(804kb,D)"),
 "877 MIME boundary not closed": sub(877, "e2f--\r\n", "e2f\r\n"),
 "877 Proton signature dropped": sub(877, "Sent with Proton Mail secure email.", "Sent from my phone."),
 "878 saved-from length wrong": sub(878, "url=(0081)", "url=(0080)"),
 "878 week dates not weekly": sub(878, "<td>11/03</td>", "<td>12/03</td>"),
 "878 week number skipped": sub(878, '<td class="text-center">5</td>', '<td class="text-center">6</td>'),
 "878 element not closed": sub(878, "</tbody>", ""),
 "878 asset outside _files": sub(878, "_files/default.css", "_files2/default.css"),
 "879 front matter lost": sub(879, "---\ntitle:", "title:"),
 "879 component not imported": sub(879, "import { Callout, Tabs }", "import { Callout }"),
 "879 table row short a cell": sub(879, "| 2020 | CVPRW 2022 | — |", "| 2020 | CVPRW 2022 |"),
 "879 bare brace in Markdown": sub(879, "ResNeSt को हम सिर्फ़", "{ResNeSt} को हम सिर्फ़"),
 "879 code fence not closed": sub(879, "conda-forge diffusers\n```", "conda-forge diffusers\n"),
 "880 references out of order": sub(880, "Zhang, S., Roller, S.,", "Adams, S., Roller, S.,"),
 "880 line wider than the column": sub(880, "Brown, T., Mann, B., Ryder, N., Subbiah, M., Kaplan, J.\n", "Brown, T., Mann, B., Ryder, N., Subbiah, M., Kaplan, J. D., Dhariwal,\n"),
 "880 et al. after nine names": sub(880, "Askell, A., et al.", "et al."),
 "880 URL broken": sub(880, "URL https://arxiv.org/abs/2001.08361.", "URL https://arxiv.org/abs/2001.\n08361."),
 "881 arXiv trailing space lost": sub(881, "title={QLoRA: Efficient Finetuning of Quantized LLMs}, \n", "title={QLoRA: Efficient Finetuning of Quantized LLMs},\n"),
 "881 arXiv field order": sub(881, "      year={2021},\n      eprint={2106.09685},", "      eprint={2106.09685},\n      year={2021},"),
 "881 url not the eprint's": sub(881, "url={https://arxiv.org/abs/2305.14314}, ", "url={https://arxiv.org/abs/2305.14314v2}, "),
 "881 braces unbalanced": sub(881, "  year={2016}\n}", "  year={2016}\n"),
 "881 key twice": sub(881, "@Misc{peft,", "@Misc{li2021prefixtuning,"),
 "881 OpenReview key inline": sub(881, "@misc{\nzhong2021bituning,", "@misc{zhong2021bituning,"),
 "882 saved as UTF-8": recode(882, "utf-8"),
 "882 LF line end": sub(882, "\r\n", "\n"),
 "882 row short a field": sub(882, ",参考,,入门先看这篇博客", ",参考,入门先看这篇博客"),
 "882 序号 skipped": sub(882, "\r\n5,", "\r\n6,"),
 "882 date with a leading zero": sub(882, "2024/3/21", "2024/03/21"),
 "882 needless quotes": sub(882, ",MoCo,", ',"MoCo",'),
 "883 comment count wrong": sub(883, "댓글 9개", "댓글 8개"),
 "883 comment ages out of order": sub(883, "hn_lurker 21시간전 [-]", "hn_lurker 2일전 [-]"),
 "883 답변달기 missing": sub(883, "답변달기\n\nminjae_opt", "\nminjae_opt"),
 "883 footer missing": sub(883, "About | FAQ", "FAQ"),
 "884 og:url differs": sub(884, 'property="og:url" content="https://mm-tsushin', 'property="og:url" content="https://mm-tsuushin'),
 "884 h1 differs": sub(884, '<h1 class="post__title">#37', '<h1 class="post__title">#38'),
 "884 shown date differs": sub(884, ">2024/03/15 18:00</time>", ">2024/03/16 18:00</time>"),
 "884 blockquote not closed": sub(884, "</blockquote>", ""),
 "884 external link without rel": sub(884, 'href="https://theletter.jp/" target="_blank" rel="noopener"', 'href="https://theletter.jp/"'),
 "885 views plural wrong": sub(885, "1 204 просмотра", "1 204 просмотров"),
 "885 list bullet": sub(885, "Без внимания вообще\n", "Без внимания вообще\n• "),
 "885 markup in the paste": sub(885, "Сначала обзор", "<b>Сначала обзор</b>"),
 "885 date not Russian": sub(885, "18 марта 2024", "18 March 2024"),
 "886 LF line end": sub(886, "\r\n", "\n"),
 "886 time goes backwards": sub(886, "[14.03.2024, 15:58:21]", "[10.03.2024, 15:58:21]"),
 "886 third sender": sub(886, "] Ich: Super", "] Jonas: Super"),
 "886 media token not a uuid": sub(886, "<6f2d9a41-0c7e-4b3a-9e15-8a2f4c7d1b90.jpg>", "<IMG_2041.jpg>"),
 "886 catalogue title in the negative": sub(886, "mit dem Mamba-Paper", "mit Long Short-Term Memory"),
 "886 arXiv id in the negative": sub(886, "60 € pro Termin", "60 € pro Termin (2403.01234)"),
 "title-only paper gets a link in 883": sub(883, "ReLU 를 부드러운", "https://arxiv.org/abs/2006.14536 ReLU 를 부드러운"),
 "arxiv-text gets a link in 882": sub(882, "arXiv:2103.03230", "https://arxiv.org/abs/2103.03230"),
 "unlabelled catalogue id in 880": sub(880, "سؤال برای جلسه:", "سؤال برای جلسه (arXiv:1706.03762):"),
 "other file's title in 879": sub(879, "पहले Score SDE पढ़ें", "Deep Residual Learning for Image Recognition. पहले Score SDE पढ़ें"),
 "labelled title lost in 882": sub(882, "Supervised Contrastive Learning,SupCon", "SupCon,SupCon"),
 "unlabelled OpenReview id in 885": sub(885, "Мне понравилось,", "См. также https://openreview.net/forum?id=abcDEF123 Мне понравилось,"),
 "expected: wrong evidence": exp_edit(lambda e: first(877)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(879)(e)[5].update(arxiv_id="2004.08955")),
 "expected: wrong title": exp_edit(lambda e: first(884)(e)[1].update(title="RT-2")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(885)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[886]].append(dict(first(877)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(878)(e).append(dict(first(884)(e)[0]))),
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
