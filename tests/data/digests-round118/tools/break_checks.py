#!/usr/bin/env python3
"""Breaks a scratch copy of round118 (/tmp/round118-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round116's harness with round118's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round118-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1197, 1207)}


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


def exp_edit(f):
    def fn(root):
        p = os.path.join(root, "expected.json")
        e = json.load(open(p)); f(e); json.dump(e, open(p, "w"), indent=1, ensure_ascii=False)
    return fn


def first(n):
    return lambda e: e[D[n]]


CASES = {
 # 1197 myCourseVille
 "1197 week skipped": sub(1197, '<td class="wk">5</td>', '<td class="wk">6</td>'),
 "1197 date not a week on": sub(1197, '<td class="date">23 ม.ค. 2567</td>', '<td class="date">24 ม.ค. 2567</td>'),
 "1197 Christian-era year": sub(1197, '<td class="date">9 ม.ค. 2567</td>', '<td class="date">9 ม.ค. 2024</td>'),
 "1197 total wrong": sub(1197, '<td colspan="4">รวม</td><td class="hrs">39</td>', '<td colspan="4">รวม</td><td class="hrs">36</td>'),
 "1197 course code mismatch": sub(1197, "<h1>2110597 ", "<h1>2110598 "),
 "1197 unbalanced table": sub(1197, "</tbody>\n</table>", "</tbody>\n"),
 "1197 CRLF": sub(1197, "\n", "\r\n", count=0),
 # 1198 DocToc
 "1198 TOC anchor wrong": sub(1198, "(#בנצמרקים-והערכה)", "(#בנצ'מרקים-והערכה)"),
 "1198 TOC entry missing": sub(1198, "- [רישיון](#רישיון)\n", ""),
 "1198 heading renamed": sub(1198, "## ספריות וכלים\n", "## ספריות\n"),
 "1198 DocToc marker edited": sub(1198, "<!-- DON'T EDIT THIS SECTION, INSTEAD RE-RUN doctoc TO UPDATE -->", "<!-- generated -->"),
 "1198 rtl div not closed": sub(1198, "\n</div>\n", "\n"),
 "1198 relative link": sub(1198, "(https://github.com/microsoft/autogen)", "(../autogen)"),
 "1198 ### not indented": sub(1198, "  - [שימוש בכלים]", "- [שימוש בכלים]"),
 # 1199 e-mail
 "1199 bare LF": sub(1199, "MIME-Version: 1.0\r\nContent-Type: multipart/mixed", "MIME-Version: 1.0\nContent-Type: multipart/mixed"),
 "1199 outer header order": sub(1199, "Subject: Fwd: Your research feed: 5 new papers for you\r\nDate: Tue, 14 May 2024 09:12:44 +0300\r\n",
                                "Date: Tue, 14 May 2024 09:12:44 +0300\r\nSubject: Fwd: Your research feed: 5 new papers for you\r\n"),
 "1199 bad Date": sub(1199, "Date: Tue, 14 May 2024 09:12:44 +0300", "Date: 14.05.2024 09:12"),
 "1199 subject not Fwd of the attached": sub(1199, "Subject: Fwd: Your research feed", "Subject: Fwd: Your feed"),
 "1199 subject count wrong": sub(1199, "Subject: Your research feed: 5 new papers", "Subject: Your research feed: 6 new papers"),
 "1199 base64 broken": sub(1199, "Content-Transfer-Encoding: base64\r\n\r\n", "Content-Transfer-Encoding: base64\r\n\r\n!!", ),
 "1199 html part not base64": sub(1199, "Content-Transfer-Encoding: base64", "Content-Transfer-Encoding: 8bit"),
 "1199 QP line too long": sub(1199, "=D1=8C=D0=BE=\r\n=D0=B3", "=D1=8C=D0=BE=D0=B3"),
 "1199 attached part not rfc822": sub(1199, "Content-Type: message/rfc822;", "Content-Type: application/octet-stream;"),
 "1199 signature lost": sub(1199, "--=20\r\n", "--\r\n"),
 # 1200 amsalpha
 "1200 label wrong": sub(1200, "[CKNH20]", "[CKN+20]"),
 "1200 label year wrong": sub(1200, "[CH21]", "[CH20]"),
 "1200 labels out of order": sub(1200, r"(\[CH21\] [^\[]*)(\[CKNH20\] [^\[]*)", r"\2\1", regex=True),
 "1200 duplicate label": sub(1200, "[Wig19] Ross Wightman", "[vdOLV18] Ross Wightman"),
 "1200 long line": sub(1200, "Cambridge, MA, 2016, http://www.deeplearningbook.org.", "Cambridge, MA, 2016, second printing with corrections and a new preface by the authors, http://www.deeplearningbook.org."),
 "1200 running head wrong": sub(1200, "88 ΒΙΒΛΙΟΓΡΑΦΙΑ", "89 ΒΙΒΛΙΟΓΡΑΦΙΑ"),
 "1200 heading missing": sub(1200, "Βιβλιογραφία\n\n", ""),
 # 1201 RIS
 "1201 LF record": sub(1201, "TY  - CONF\r\n", "TY  - CONF\n"),
 "1201 one space before dash": sub(1201, "PY  - 2021\r\n", "PY - 2021\r\n"),
 "1201 ER missing": sub(1201, "ID  - 412\r\nER  - \r\n", "ID  - 412\r\n"),
 "1201 unknown type": sub(1201, "TY  - JOUR", "TY  - JRNL"),
 "1201 refbase record vs ID": sub(1201, "record=415)", "record=416)"),
 "1201 author not Last, First": sub(1201, "AU  - Zhai, Xiaohua", "AU  - Xiaohua Zhai"),
 "1201 year two digits": sub(1201, "PY  - 2022", "PY  - 22"),
 # 1202 Troop
 "1202 count wrong": sub(1202, "Total messages: 14", "Total messages: 13"),
 "1202 time going back": sub(1202, "[14/05/2024 09:18]", "[14/05/2024 08:18]"),
 "1202 not a member": sub(1202, "] அருண் குமார்: 👍", "] அருண்: 👍"),
 "1202 message after export": sub(1202, "Exported on: 16/05/2024 21:04", "Exported on: 15/05/2024 18:10"),
 "1202 LF line end": sub(1202, "👍\r\n", "👍\n"),
 "1202 reply to a stranger": sub(1202, "↪ Reply to ப்ரியா ராஜேந்திரன்:", "↪ Reply to ப்ரியா:"),
 # 1203 Inflearn
 "1203 answer count wrong": sub(1203, "<h2>답변 3</h2>", "<h2>답변 4</h2>"),
 "1203 two accepted answers": sub(1203, '<article class="answer" id="answer-1180426">', '<article class="answer answer--accepted" id="answer-1180426">'),
 "1203 answer before the question": sub(1203, "2024.05.11 10:27", "2024.05.10 20:27"),
 "1203 canonical id wrong": sub(1203, "inflearn.com/questions/1180400\">", "inflearn.com/questions/1180401\">"),
 "1203 unknown tag": sub(1203, "<strong>1. PEFT 쪽</strong>", "<u>1. PEFT 쪽</u>"),
 # 1204 xiaobot
 "1204 issue number mismatch": sub(1204, '<h1 class="post-title">第37期', '<h1 class="post-title">第38期'),
 "1204 TOC vs headings": sub(1204, "<li>四、评测与可视化</li>", "<li>四、评测</li>"),
 "1204 subscribe count": sub(1204, "可阅读全部 37 期内容", "可阅读全部 36 期内容"),
 "1204 unbalanced div": sub(1204, "</ol>\n</div>\n", "</ol>\n"),
 # 1205 blog.hu
 "1205 comment count wrong": sub(1205, "<h2>4 komment</h2>", "<h2>5 komment</h2>"),
 "1205 date shown wrong": sub(1205, ">2024. május 12. 20:41</time>", ">2024. május 13. 20:41</time>"),
 "1205 comment before the post": sub(1205, "2024.05.12. 21:14:07", "2024.05.12. 19:14:07"),
 "1205 reply to a later comment": sub(1205, 'Válasz erre: <a href="#comment4815166">#2</a>', 'Válasz erre: <a href="#comment4815172">#4</a>'),
 "1205 trackback id wrong": sub(1205, "tr1738425<", "tr1738426<"),
 "1205 og:url vs canonical": sub(1205, '<meta property="og:url" content="https://gephaz.blog.hu/2024/05/12/', '<meta property="og:url" content="https://gephaz.blog.hu/2024/05/13/'),
 # 1206 Jooto
 "1206 no BOM": sub(1206, "\ufeff", ""),
 "1206 LF records": sub(1206, '"\r\n"研究室タスク"', '"\n"研究室タスク"'),
 "1206 unquoted field": sub(1206, '"高橋","インフラ"', '高橋,"インフラ"'),
 "1206 flag vs list": sub(1206, '"2024/04/19","完了"', '"2024/04/19","未完了"'),
 "1206 start after due": sub(1206, '"2024/05/20","2024/05/27"', '"2024/05/28","2024/05/27"'),
 "1206 catalogue title in the negative": sub(1206, "YouTube の 2023 年版。", "YouTube の 2023 年版。Attention Is All You Need を先に読む。"),
 "1206 arXiv id in the negative": sub(1206, "timm 0.9.16。", "timm 0.9.16。arXiv:2106.10270 の設定。"),
 # labels and ids across files
 "title-only paper gets a link in 1202": sub(1202, "— LSGM.", "— LSGM. https://arxiv.org/abs/2106.05931"),
 "unlabelled catalogue id in 1204": sub(1204, "下期预告：长上下文专题。", "下期预告：长上下文专题（2307.08691）。"),
 "other file's title in 1205": sub(1205, "Otthoni GPU-szerver, II. rész", "Otthoni GPU-szerver és a Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"),
 "labelled title lost in 1203": sub(1203, "Simple Copy-Paste is a Strong Data Augmentation Method for Instance Segmentation", "Copy-Paste", count=0),
 "unlabelled OpenReview id in 1197": sub(1197, "https://paperswithcode.com/sota/language-modelling-on-wikitext-103", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1201": sub(1201, "کتاب درسی؛ فصل ۱۱", "کتاب درسی (Rethinking ImageNet Pre-training)؛ فصل ۱۱"),
 "arxiv-text id lost in 1200": sub(1200, "arXiv preprint arXiv:1807.03748 (2018).", "arXiv preprint (2018)."),
 "link lost in 1198": sub(1198, "(https://arxiv.org/abs/2305.16291)", "(https://voyager.minedojo.org/)"),
 "OpenReview link cut in 1203": sub(1203, "forum?id=0RDcd5Axok", "forum?id=0RDcd", count=0),
 "arxiv-text gets a link in 1201": sub(1201, "نسخهٔ پیش‌چاپ: arXiv:2201.03545", "نسخهٔ پیش‌چاپ: https://arxiv.org/abs/2201.03545"),
 "title-only id inside the base64 HTML of 1199": sub(1199, "5b2f0c9de1a84a7f93c1", "1801.06146", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(1197)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1201)(e)[4].update(arxiv_id="2010.08515")),
 "expected: wrong title": exp_edit(lambda e: first(1205)(e)[0].update(title="FlashAttention-2")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1202)(e)[0].update(openreview_id="YicbFdNTTy")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1204)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1206]].append(dict(first(1197)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1198)(e).append(dict(first(1199)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1200)(e).pop() for _ in range(2)]),
 "expected: title-only share too low": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1203)(e)[5:8]]),
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
