#!/usr/bin/env python3
"""Breaks a scratch copy of round99 (/tmp/round99-scratch/break, deleted afterwards) one case at a time and checks
that validate.py reports at least one ERROR for every case, and none for the unbroken copy. -v prints each case's
ERROR lines. (round97's harness, with round99's cases; every digest is UTF-8.)"""
import json, os, re, shutil, subprocess, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCR = "/tmp/round99-scratch/break"
V = "-v" in sys.argv
D = {n: next(f for f in os.listdir(os.path.join(HERE, "digests")) if f.startswith(str(n))) for n in range(1007, 1017)}


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


RFA_MENTION = "<@01H1NVH8SQPAZG1B9DESGMDVRF> RFA"
CASES = {
 "1007 final newline added": append(1007, "\n"),
 "1007 raw < (not ActiveSupport's escaping)": sub(1007, "\\u003cdiv\\u003e\\u003cstrong\\u003e", "<div>\\u003cstrong\\u003e"),
 "1007 title is not content": sub(1007, '"content":"Разбор PagedAttention', '"content":"Разбор: PagedAttention'),
 "1007 position out of order": sub(1007, '"position":2,', '"position":3,'),
 "1007 person differs from before": sub(1007, '"title":"Руководитель ML-платформы"', '"title":"Руководитель платформы"'),
 "1007 url not built from the id": sub(1007, "/todos/7104420377.json", "/todos/7104420378.json"),
 "1007 HTML unbalanced": sub(1007, "\\u003c/strong\\u003e\\u003cbr\\u003ePDF", "\\u003cbr\\u003ePDF"),
 "1008 prompt number skipped": sub(1008, "iex(7)> Repo.get!(Artigo, 5)", "iex(8)> Repo.get!(Artigo, 5)"),
 "1008 get! answered by another id": sub(1008, "iex(7)> Repo.get!(Artigo, 5)", "iex(7)> Repo.get!(Artigo, 4)"),
 "1008 parameter missing": sub(1008, ', ~N[2024-03-11 13:02:47], 6]\n', ', ~N[2024-03-11 13:02:47]]\n'),
 "1008 :ok count not the lines printed": sub(1008, "[:ok, :ok, :ok]\niex(7)", "[:ok, :ok]\niex(7)"),
 "1008 struct field renamed": sub(1008, '  apresentador: "Beatriz",', '  presenter: "Beatriz",'),
 "1008 no BREAK menu": sub(1008, "       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\n", ""),
 "1008 no caller line": sub(1008, "↳ :elixir.eval_external_handler/3, at: src/elixir.erl:396\n13\n", "13\n"),
 "1009 paren not closed": sub(1009, '(h2 "一、起点")', '(h2 "一、起点"'),
 "1009 string not closed": sub(1009, '"扩散模型入门：我的八篇阅读路线")', '"扩散模型入门：我的八篇阅读路线)'),
 "1009 bad date": sub(1009, '(string->date* "2024-03-10 21:30")', '(string->date* "2024-03-32 21:30")'),
 "1009 ol start not continuing": sub(1009, '(ol (@ (start "5"))', '(ol (@ (start "6"))'),
 "1009 attributes after a child": sub(1009, '(li (a (@ (href "https://arxiv.org/abs/2105.05233"))',
                                      '(li "x" (@ (class "paper")) (a (@ (href "https://arxiv.org/abs/2105.05233"))'),
 "1009 unknown element": sub(1009, "(blockquote", "(quote-block"),
 "1010 entries not newest first": sub(1010, "timestamp: '2024-03-11T05:00:04.027419Z'", "timestamp: '2024-03-09T05:00:04.027419Z'"),
 "1010 arXiv id unquoted (a float)": sub(1010, "arxiv_id: '2305.16291'", "arxiv_id: 2305.16291"),
 "1010 folding not PyYAML's": sub(1010, "Reinforcement\n    Learning https", "Reinforcement Learning\n    https"),
 "1010 more entries than --limit": sub(1010, "--limit=25", "--limit=20"),
 "1010 text_len wrong": sub(1010, r"text_len: \d+", "text_len: 7", regex=True),
 "1010 digest count wrong": sub(1010, "  count: 4\n", "  count: 5\n"),
 "1010 keys not sorted": sub(1010, r"(  count: 4\n)(  event: daily_digest_sent\n)", r"\2\1", regex=True),
 "1010 receiveTimestamp before timestamp": sub(1010, "receiveTimestamp: '2024-03-11T05:00:04.052311908Z'", "receiveTimestamp: '2024-03-11T05:00:03.052311908Z'"),
 "1011 html_body not the body": sub(1011, '\\u003cp dir=\\"auto\\"\\u003eתודה על הפנייה.', '\\u003cp dir=\\"auto\\"\\u003eתודה רבה על הפנייה.'),
 "1011 count wrong": sub(1011, '"count":5}', '"count":6}'),
 "1011 comments out of order": sub(1011, '"created_at":"2024-02-27T08:05:12Z"', '"created_at":"2024-02-25T08:05:12Z"'),
 "1011 attachment name not the file's": sub(1011, '?name=graves2006-icml.pdf"', '?name=graves2006.pdf"'),
 "1011 raw < (not ActiveSupport's escaping)": sub(1011, "\\u003cdiv class=", "<div class="),
 "1011 private e-mail comment": sub(1011, '"public":true', '"public":false'),
 "1012 bar line text differs": sub(1012, '|2,0,1710141301,,"w"', '|2,0,1710141301,,"wa"'),
 "1012 history not newest first": sub(1012, "|2,0,1710140480,", "|2,0,1710141480,"),
 "1012 register line count wrong": sub(1012, "|3,1,1,1,3,0,", "|3,1,1,1,2,0,"),
 "1012 two unnamed registers": sub(1012, '"0\tLINE\t0', '""0\tLINE\t0'),
 "1012 >N length wrong": sub(1012, ">461\n", ">460\n"),
 "1012 mark bar line differs": sub(1012, "|4,49,12,0,", "|4,49,13,0,"),
 "1012 section missing": sub(1012, "# Debug Line History (newest to oldest):\n\n", ""),
 "1013 paper count inconsistent": sub(1013, "==>18\n", "==>19\n"),
 "1013 edge id not the vertices'": sub(1013, "e[180yt-pcg-685-oe05s]", "e[180yt-pcg-685-oe05t]"),
 "1013 unknown step": sub(1013, ".elementMap()", ".elementMapp()"),
 "1013 session differs": sub(1013, "]-[7c2e41b9-5d0a-4f63-9b18-e2a07d5c3f46] - type", "]-[7c2e41b9-5d0a-4f63-9b18-e2a07d5c3f47] - type"),
 "1013 V() of an unseen vertex": sub(1013, "g.V(40964176).addE", "g.V(40964177).addE"),
 "1013 stray line": sub(1013, "==>17\n", "==>17\n17\n"),
 "1014 underline shorter than the heading": sub(1014, "Program letního semestru 2024\n*****************************", "Program letního semestru 2024\n**************************"),
 "1014 code block not closed": sub(1014, "\\--\n\nUžitečné", "\nUžitečné"),
 "1014 table row with fewer cells": sub(1014, "| 26. 3. | --               | *děkanský", "| 26. 3. | *děkanský"),
 "1014 link broken": sub(1014, '"Shortcut Learning in Deep Neural Networks":https', '"Shortcut Learning in Deep Neural Networks:https'),
 "1014 modifier broken": sub(1014, ".[perex]", ".[perex"),
 "1015 not compact serde_json": sub(1015, '"messages":[', '"messages": ['),
 "1015 mention without <@id>": sub(1015, RFA_MENTION, "@はるか RFA"),
 "1015 embed URL not in the content": sub(1015, 'articles/bigbird-sparse-attention-kaisetsu","original_url":"https://zenn.dev/attn_reading/articles/bigbird-sparse-attention-kaisetsu"',
                                          'articles/bigbird","original_url":"https://zenn.dev/attn_reading/articles/bigbird"'),
 "1015 edited before sent": sub(1015, '"edited":"2024-03-06T13:33:12.480Z"', '"edited":"2024-03-06T13:30:12.480Z"'),
 "1015 invalid ULID": sub(1015, "01HR4JS6V5R3NQXPZZ0GT90RP6", "01HR4JS6V5R3NQXPZZ0GT90RPI"),
 "1016 box line of another width": sub(1016, "│ báo cáo tình hình cụm GPU sau đợt bảo trì.              │", "│ báo cáo tình hình cụm GPU sau đợt bảo trì.             │"),
 "1016 all-day Length wrong": sub(1016, "Length: 1 day, 0:00:00", "Length: 0:00:00"),
 "1016 days not ascending": sub(1016, "Fri Mar 15", "Fri Mar 08"),
 "1016 another calendar": sub(1016, "Calendar: Nhóm đọc ML\n", "Calendar: Nhóm đọc\n"),
 "1016 details out of gcalcli's order": sub(1016, r"( {21}Reminder: \(default\)\n)( {21}Email: [^\n]+\n)", r"\2\1", regex=True),
 "1016 catalogue title in the negative": sub(1016, "Hạn đề xuất bài đọc cho tháng 4", "Hạn đề xuất bài đọc cho tháng 4 (ví dụ Attention Is All You Need)"),
 "1016 arXiv id in the negative": sub(1016, "Hạn đề xuất bài đọc cho tháng 4", "Hạn đề xuất bài đọc cho tháng 4 (xem 2403.01234)"),
 "title-only paper gets a link in 1014": sub(1014, "- AutoDropout: Learning Dropout Patterns to Regularize Deep Networks --",
                                              '- "AutoDropout: Learning Dropout Patterns to Regularize Deep Networks":https://arxiv.org/abs/2101.01761 --'),
 "unlabelled catalogue id in 1013": sub(1013, "LVIS 희귀 클래스에서", "LVIS 희귀 클래스에서 (1706.03762 참고)"),
 "other file's title in 1009": sub(1009, "导师的原话：", "导师的原话（读过 Attention Is All You Need 以后）："),
 "labelled title lost in 1008": sub(1008, "Unsupervised Cross-lingual Representation Learning at Scale", "XLM-R", count=0),
 "unlabelled OpenReview id in 1015": sub(1015, "forum?id=QtTKTdVrFBB", "forum?id=QtTKTdVrFBC", count=0),
 "distractor title in 1012": sub(1012, "सिद्धांत वाला पेपर", "सिद्धांत वाला पेपर (A Multi-view Perspective of Self-supervised Learning जैसा)", count=0),
 "distractor title in 1015": sub(1015, "投票は 👍 で！", "投票は 👍 で！ Efficient Transformers: A Survey も参考に"),
 "title-only paper's id in 1012": sub(1012, "बैच साइज़ 4096", "बैच साइज़ 4096 (2002.05709)", count=0),
 "arxiv-text id lost in 1013": sub(1013, "arxivId:[2104.00298]", "arxivId:[]"),
 "OpenReview link cut in 1010": sub(1010, "forum?id=VTF8yNQM66", "forum?id=VTF8y", count=0),
 "link lost in 1011": sub(1011, "https://arxiv.org/abs/2010.00904", "arXiv 2010.00904", count=0),
 "expected: wrong evidence": exp_edit(lambda e: first(1007)(e)[0].update(evidence="arxiv-text")),
 "expected: title-only with id": exp_edit(lambda e: first(1009)(e)[5].update(arxiv_id="2106.05931")),
 "expected: wrong title": exp_edit(lambda e: first(1011)(e)[0].update(title="Seq2Seq")),
 "expected: wrong OpenReview id": exp_edit(lambda e: first(1015)(e)[2].update(openreview_id="Ua6zuk0WRH")),
 "expected: paper dropped (gap)": exp_edit(lambda e: first(1013)(e).pop(3)),
 "expected: label in the negative": exp_edit(lambda e: e[D[1016]].append(dict(first(1007)(e)[0]))),
 "expected: paper in two files": exp_edit(lambda e: first(1012)(e).append(dict(first(1015)(e)[0]))),
 "expected: too few papers": exp_edit(lambda e: [first(1010)(e).pop() for _ in range(2)]),
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
