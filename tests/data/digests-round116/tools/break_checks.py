#!/usr/bin/env python3
"""Breaks a scratch copy of round116 (/tmp/round116-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round115's harness, itself round113's, with round116's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round116-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1177, 1187)}


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
 "1177 bare LF": sub(1177, "Hallo zusammen,\r\n", "Hallo zusammen,\n"),
 "1177 header order": sub(1177, "MIME-Version: 1.0\r\nUser-Agent: Mozilla Thunderbird\r\n", "User-Agent: Mozilla Thunderbird\r\nMIME-Version: 1.0\r\n"),
 "1177 bad Date": sub(1177, "Date: Tue, 14 May 2024 08:41:07 +0200", "Date: 14/05/2024 08:41"),
 "1177 not flowed": sub(1177, "; format=flowed", ""),
 "1177 subject count wrong": sub(1177, "=E2=80=93_3_new", "=E2=80=93_4_new"),
 "1177 entry misnumbered": sub(1177, "\r\n[2] AgentBench", "\r\n[3] AgentBench"),
 "1177 long line": sub(1177, "Viele Grüße\r\n", "Viele Grüße und bis Donnerstag, ich bringe wieder Kaffee mit, versprochen, diesmal wirklich!\r\n"),
 "1177 second signature": sub(1177, "Viele Grüße\r\n", "-- \r\nViele Grüße\r\n"),
 "1177 forward header field missing": sub(1177, "Von: \tScholar Inbox <digest@scholar-inbox.com>\r\n", ""),
 "1178 page number wrong": sub(1178, "\n93\n\f", "\n94\n\f"),
 "1178 no final form feed": sub(1178, r"\f$", "", regex=True),
 "1178 label skipped": sub(1178, "[9]  R. Wightman", "[13] R. Wightman"),
 "1178 continuation not indented": sub(1178, "\n     Recognition,” in Proc.", "\n   Recognition,” in Proc."),
 "1178 uncited reference": sub(1178, "ver [5] para", "ver o livro para"),
 "1178 CR line ends": sub(1178, "\n", "\r\n", count=0),
 "1179 duplicate citekey": sub(1179, "@misc{beltagyLongformerLongDocument2020,", "@misc{childGeneratingLongSequences2019,"),
 "1179 key year vs year field": sub(1179, "tayLongRangeArena2021", "tayLongRangeArena2020"),
 "1179 unbalanced braces": sub(1179, "{Longformer: {{The Long-Document Transformer}}}", "{Longformer: {{The Long-Document Transformer}}"),
 "1179 eprint without archiveprefix": sub(1179, "  archiveprefix = {arXiv},\n", ""),
 "1179 trailing comma on the last field": sub(1179, "ليس ورقة.}\n}", "ليس ورقة.},\n}"),
 "1179 unknown type": sub(1179, "@software{", "@softwre{"),
 "1180 BOM": sub(1180, "क्रम,", "\ufeffक्रम,"),
 "1180 CRLF records": sub(1180, "\n1,", "\r\n1,"),
 "1180 needless quoting": sub(1180, ",tools,2024-01-22,", ',"tools",2024-01-22,'),
 "1180 unknown status": sub(1180, ",पढ़ना है,मेघा,tools,", ",बाद में,मेघा,tools,"),
 "1180 row misnumbered": sub(1180, "\n7,Bi-tuning", "\n8,Bi-tuning"),
 "1180 date going back": sub(1180, "peft\",2024-02-26", "peft\",2024-01-26"),
 "1181 count wrong": sub(1181, "Всего сообщений: 13", "Всего сообщений: 12"),
 "1181 time going back": sub(1181, "[14.05.2024 21:25:35]", "[14.05.2024 21:05:35]"),
 "1181 not a member": sub(1181, "] Глеб Ким:\r\nвозьму", "] Глеб:\r\nвозьму"),
 "1181 LF line end": sub(1181, "👍\r\n", "👍\n"),
 "1181 message after export": sub(1181, "Экспорт: 16.05.2024 23:10:42", "Экспорт: 14.05.2024 21:20:00"),
 "1182 answer count wrong": sub(1182, "回答 (3件)", "回答 (2件)"),
 "1182 two best answers": sub(1182, '<article class="answer" id="a10234574">', '<article class="answer answer--best" id="a10234574">'),
 "1182 unbalanced tag": sub(1182, "</ol>\n", "\n"),
 "1182 answer before the question": sub(1182, "2024/04/10 07:15", "2024/04/09 07:15"),
 "1182 answer misnumbered": sub(1182, "No.3", "No.4"),
 "1183 bare ampersand": sub(1183, "x=a62b&amp;m=Bq7Kx&amp;s=3vZ0p&amp;u=QmT4\" style=\"color:#777777;\">Wypisz", "x=a62b&m=Bq7Kx&amp;s=3vZ0p&amp;u=QmT4\" style=\"color:#777777;\">Wypisz"),
 "1183 issue number mismatch": sub(1183, "Przegląd NLP #14</h1>", "Przegląd NLP #15</h1>"),
 "1183 no unsubscribe link": sub(1183, "unsubscribe.html?", "unsub.html?"),
 "1183 no preheader": sub(1183, '<div style="display:none;max-height:0;overflow:hidden;">', '<div style="max-height:0;overflow:hidden;">'),
 "1183 unbalanced td": sub(1183, "</td></tr>\n</table>\n</td></tr>", "</tr>\n</table>\n</td></tr>"),
 "1184 comment count wrong": sub(1184, "Commentaires (3)", "Commentaires (4)"),
 "1184 og:url vs canonical": sub(1184, 'content="https://carnet-pixel.over-blog.com/2024/04/modeles', 'content="https://carnet-pixel.over-blog.com/2024/05/modeles'),
 "1184 date shown wrong": sub(1184, ">11 avril 2024</time>", ">12 avril 2024</time>"),
 "1184 comment before the post": sub(1184, "12/04/2024 09:14", "10/04/2024 09:14"),
 "1184 unknown tag": sub(1184, "<strong>DDPM</strong>", "<b>DDPM</b>"),
 "1185 total wrong": sub(1185, '<td colspan="4">合计</td><td>20</td>', '<td colspan="4">合计</td><td>18</td>'),
 "1185 week skipped": sub(1185, "<td>第5周</td>", "<td>第6周</td>"),
 "1185 date not a week on": sub(1185, "<td>2024-03-19</td>", "<td>2024-03-20</td>"),
 "1185 LF line end": sub(1185, "<tbody>\r\n", "<tbody>\n"),
 "1186 TOC anchor wrong": sub(1186, "(#데이터셋)", "(#데이터-셋)"),
 "1186 table row cells": sub(1186, "| 20만 문장 |", "| 20만 문장 | 추가 |"),
 "1186 badge not shields": sub(1186, "https://img.shields.io/pypi/v/tokenizers", "https://shields.example.com/pypi/v/tokenizers"),
 "1186 no final newline": sub(1186, r"\n$", "", regex=True),
 "1186 catalogue title in the negative": sub(1186, "문장 임베딩", "문장 임베딩 (Deep Residual Learning for Image Recognition 참고)"),
 "1186 arXiv id in the negative": sub(1186, "한국어 GPT-2 (125M)", "한국어 GPT-2 (125M), arXiv:2106.09685"),
 "title-only paper gets a link in 1181": sub(1181, "«Gradient Projection Memory for Continual Learning»", "«Gradient Projection Memory for Continual Learning» https://arxiv.org/abs/2103.09762"),
 "unlabelled catalogue id in 1184": sub(1184, "Bonne lecture !", "Bonne lecture ! (voir aussi 1706.03762)"),
 "other file's title in 1183": sub(1183, "Kurs Hugging Face o NLP", "Kurs Hugging Face o NLP (i Consistency Models)"),
 "labelled title lost in 1182": sub(1182, "Multimodal Few-Shot Learning with Frozen Language Models", "Frozen", count=0),
 "unlabelled OpenReview id in 1180": sub(1180, "https://docs.vllm.ai/en/latest/", "https://openreview.net/forum?id=abcDEF12345"),
 "distractor title in 1185": sub(1185, "李宏毅 机器学习 课程视频（B站）", "李宏毅 机器学习 课程视频（B站）；Efficient Transformers: A Survey"),
 "arxiv-text id lost in 1178": sub(1178, "arXiv:2106.08254", "arXiv preprint", count=0),
 "link lost in 1179": sub(1179, "http://arxiv.org/abs/2004.05150", "https://github.com/allenai/longformer"),
 "OpenReview link cut in 1177": sub(1177, "forum?id=_VjQlMeSB_J", "forum?id=_VjQlM"),
 "arxiv-text gets a link in 1185": sub(1185, "（arXiv:2006.03656）", "（https://arxiv.org/abs/2006.03656）"),
 "expected: wrong evidence": exp_edit(lambda e: first(1177)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1178)(e)[5].update(arxiv_id="1512.03385")),
 "expected: wrong title": exp_edit(lambda e: first(1180)(e)[2].update(title="DoRA")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1179)(e)[0].update(openreview_id="ZVBtN6B_6i7")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1183)(e).pop(0)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1186]].append(dict(first(1177)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1184)(e).append(dict(first(1185)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1181)(e).pop() for _ in range(2)]),
 "expected: title-only share too low": exp_edit(lambda e: [r.update(evidence="link", arxiv_id=r["true_arxiv_id"]) for r in first(1182)(e)[5:8]]),
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
