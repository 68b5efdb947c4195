#!/usr/bin/env python3
"""Breaks a scratch copy of round84 (/tmp/round84-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round83's harness, with round84's cases.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round84-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(857, 867)}


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


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 "857 saved-from length wrong": sub(857, r"url=\(0(\d\d\d)\)", r"url=(1\1)", regex=True),
 "857 ct != publish_time": sub(857, 'var ct = "1710721800";', 'var ct = "1710725400";'),
 "857 outbound link in the body": sub(857, 'href="http://mp.weixin.qq.com/s?__biz=MzkxNTY0ODk1Mg==&amp;mid=2247484187', 'href="https://blog.example.com/?mid=2247484187'),
 "857 section not closed": sub(857, "</p></section></section>", "</p></section>"),
 "857 image wx_fmt != data-type": sub(857, 'data-type="gif"', 'data-type="png"'),
 "857 og:url sn != script sn": sub(857, 'var sn = "7d3c2b81', 'var sn = "7d3c2b82'),
 "857 split link lost": sub(857, ">2105.05233</span>", "></span>"),
 "858 tsv row short of a cell": sub(858, "高橋\t", "高橋 "),
 "858 unknown $lsx option": sub(858, "sort=createdAt", "order=createdAt"),
 "858 attachment not an ObjectId": sub(858, "/attachment/6612a3f0c9e77a1b5d3e8f21", "/attachment/lecun98"),
 "858 footnote without definition": sub(858, "\n[^1]: ", "\n[^2]: "),
 "859 a bare LF": sub(859, "X-Yandex-Spam: 1\r\n", "X-Yandex-Spam: 1\n"),
 "859 listing size mismatch": sub(859, "(1012kb,D)", "(1013kb,D)", count=0),
 "859 unquoted line in the quote": sub(859, "\r\n> Кто возьмёт доклады?", "\r\nКто возьмёт доклады?"),
 "859 forward end marker lost": sub(859, "> -------- Конец переадресованного сообщения --------", "> --------"),
 "859 Message-Id not at the Date": sub(859, "<483051694604125@mail.yandex.ru>", "<483051694604999@mail.yandex.ru>"),
 "859 not Yamail": sub(859, "X-Mailer: Yamail [ http://yandex.ru ] 5.0", "X-Mailer: Thunderbird 115.2"),
 "860 entries out of order": sub(860, "Habash, N. Y. 2010.", "Zabash, N. Y. 2010."),
 "860 arXiv id cut by a wrap": sub(860, "arXiv:1907.11692.", "arXiv:1907.\n11692."),
 "860 line wider than the column": sub(860, "In International\nConference", "In International Conference"),
 "860 hanging indent kept": sub(860, "\ncriminators", "\n  criminators"),
 "861 indented field": sub(861, "\ntitle = {{A Simple", "\n  title = {{A Simple"),
 "861 citekey not the first author": sub(861, "@article{Chen:2020wz,", "@article{Hinton:2020wz,"),
 "861 local-url != file": sub(861, "Articles/2020/Chen/arXiv%202020%20Chen.pdf", "Articles/2020/Chen/arXiv%202020%20Chen2.pdf"),
 "861 unbalanced braces": sub(861, "annote = {SimCLR.", "annote = {{SimCLR."),
 "861 modified before added": sub(861, "date-modified = {2023-04-28T16:03:10GMT}", "date-modified = {2020-04-28T16:03:10GMT}"),
 "862 LF record end": sub(862, "Besproken\r\n3,", "Besproken\n3,"),
 "862 status and boolean disagree": sub(862, ",0,false\r\n12,", ",0,true\r\n12,"),
 "862 date not DD/MM/YYYY": sub(862, "18/01/2024", "2024-01-18"),
 "862 id not increasing": sub(862, "\r\n7,DeBERTa", "\r\n2,DeBERTa"),
 "863 snowflake != timestamp": sub(863, '"timestamp": "2024-03-11T21:17:42.118+07:00"', '"timestamp": "2024-03-11T21:17:42.119+07:00"'),
 "863 messageCount wrong": sub(863, '"messageCount": 9', '"messageCount": 10'),
 "863 reference does not resolve": sub(863, r'"messageId": "\d+"', '"messageId": "1"', regex=True),
 "863 not the exporter's layout": sub(863, '\n  "guild"', '\n "guild"'),
 "863 embed for a suppressed link": sub(863, "— https://arxiv.org/abs/2302.04761", "— <https://arxiv.org/abs/2302.04761>"),
 "864 a bare LF": sub(864, "X-Mailgun-Tag: bulk-email\r\n", "X-Mailgun-Tag: bulk-email\n"),
 "864 Message-Id time != Date": sub(864, "<20240322023004.", "<20240322023005."),
 "864 QP line too long": sub(864, "ML [https:/=\r\n/vigyan", "ML [https://vigyan"),
 "864 no one-click unsubscribe": sub(864, "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", ""),
 "864 raw UTF-8 in a header": sub(864, "To: rahul.verma@example.com", "To: राहुल <rahul.verma@example.com>"),
 "865 answer count wrong": sub(865, "답변 2개", "답변 3개"),
 "865 two adopted answers": sub(865, "인공지능, 프로그래밍 분야에서 활동\r\n", "인공지능, 프로그래밍 분야에서 활동\r\n질문자 채택\r\n"),
 "865 LF line end": sub(865, "본문 바로가기\r\n", "본문 바로가기\n"),
 "866 callout not under a blockquote": sub(866, "\n{.is-warning}", "\n\n{.is-warning}"),
 "866 tabset tabs at two levels": sub(866, "### นำเสนอที่ห้อง", "#### นำเสนอที่ห้อง"),
 "866 editor not markdown": sub(866, "editor: markdown", "editor: ckeditor"),
 "866 catalogue title in the negative": sub(866, "## คำถามที่พบบ่อย", "## คำถามที่พบบ่อย\n\nเริ่มจาก Attention Is All You Need"),
 "866 arXiv id in the negative": sub(866, "ห้อง 1204 อาคาร", "ห้อง 1204 (ดู 2106.09685) อาคาร"),
 "title-only paper gets a link in 865": sub(865, "(DeepMind의 Gato)", "(DeepMind의 Gato) https://arxiv.org/abs/2205.06175"),
 "unlabelled catalogue id in 858": sub(858, "- arXiv:2103.14586（ICCV 2021）", "- arXiv:2103.14586（ICCV 2021）、元ネタ arXiv:1706.03762"),
 "other file's title in 862": sub(862, "Alleen de bias-termen finetunen.", "Alleen de bias-termen finetunen (vgl. Attention Is All You Need)."),
 "labelled title lost in 861": sub(861, "{{Exploring Simple Siamese Representation Learning}}", "{{Exploring Simple Siamese Learning}}"),
 "expected: wrong evidence": exp_edit(lambda e: first(857)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(858)(e)[5].update(arxiv_id="2104.00298")),
 "expected: wrong title": exp_edit(lambda e: first(859)(e)[1].update(title="FlashAttention-2")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(860)(e).pop()),
 "expected: label in the negative": exp_edit(lambda e: e[D[866]].append(dict(first(857)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(863)(e).append(dict(first(864)(e)[0]))),
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
