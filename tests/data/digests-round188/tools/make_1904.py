#!/usr/bin/env python3
"""1904: a thread of a board of 未名空间 (mitbbs.com) copied from the browser (Simplified Chinese), August 2021: the board
line, then posts «发信人: id (nick), 信区: DataSciences / 标  题: … / 发信站: BBS 未名空间站 (Wkd Mon dd hh:mm:ss yyyy, 美东)»,
the text, replies quoting «【 在 id (nick) 的大作中提到: 】» with «: » lines, and the signature «※ 来源:·WWW 未名空间站 …».
The ids, nicks, IP stubs and dates are invented; fairseq, OpenFold and the WILDS data set appear as what they are.
Computed: the dates with their English weekdays, in order (asserted), the quotes from earlier posts (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(1904)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SUBJ = "求推荐：跨领域的表示学习论文（语音、蛋白、物理模拟）"
POSTS = [
 ("bayesfan", "贝叶斯粉", dt.datetime(2021, 8, 14, 21, 3, 11), None,
  "组里要开一个读书会，方向比较杂：语音、蛋白质结构、物理模拟都有人做。\n想找几篇“表示学习”的共同基础，大家有什么推荐？\n"
  f"我先列两篇：{T('1807.03748')} https://arxiv.org/abs/1807.03748\n还有 {T('2006.05576')}（https://arxiv.org/abs/2006.05576）", "73.xx.xx.112"),
 ("qingshan", "青山", dt.datetime(2021, 8, 14, 22, 40, 57), ("bayesfan", "贝叶斯粉", "组里要开一个读书会，方向比较杂：语音、蛋白质结构、物理模拟都有人做。"),
  f"语音必读 {T('2106.07447')}，链接：https://arxiv.org/pdf/2106.07447v1\n代码在 fairseq 里。\n"
  f"蛋白那边不用说了，{AF2}，今年最大的新闻。OpenFold 也快出来了。", "108.xx.xx.35"),
 ("tsinghua99", "老码农", dt.datetime(2021, 8, 15, 9, 12, 30), None,
  f"物理模拟推荐 {T('2010.03409')}，DeepMind 的，网格上的 GNN。\n"
  f"正则化方面可以看 {T('2101.01761')}（arXiv:2101.01761），思路挺新。", "24.xx.xx.201"),
 ("bayesfan", "贝叶斯粉", dt.datetime(2021, 8, 15, 11, 5, 48), ("tsinghua99", "老码农", "物理模拟推荐"),
  f"谢谢！另外迁移这块呢？NLP 老文章 {T('1801.06146')} 算吗？", "73.xx.xx.112"),
 ("qingshan", "青山", dt.datetime(2021, 8, 15, 20, 31, 2), None,
  f"算。分布外泛化推荐 {T('2007.01434')}，结论是 ERM 很难打。WILDS 数据集也可以跑一跑。", "108.xx.xx.35"),
]
assert [p[2] for p in POSTS] == sorted(p[2] for p in POSTS)
out = ["未名空间(mitbbs.com) -- 数据科学(DataSciences)版 -- 同主题阅读", ""]
for i, (uid, nick, d, q, text, ip) in enumerate(POSTS):
    if q: assert any(pp[0] == q[0] and q[2] in pp[4] for pp in POSTS[:i])
    out += [f"[版面:数据科学][首篇作者:{POSTS[0][0]}] , {d:%Y年%m月%d日}" if i == 0 else f"[回复本文][最新回复]",
            f"发信人: {uid} ({nick}), 信区: DataSciences",
            f"标  题: {'Re: ' if i else ''}{SUBJ}",
            f"发信站: BBS 未名空间站 ({WD[d.weekday()]} {MO[d.month - 1]} {d.day:2d} {d:%H:%M:%S} {d.year}, 美东)", ""]
    out += text.split("\n") + [""]
    if q: out += [f"【 在 {q[0]} ({q[1]}) 的大作中提到: 】", f": {q[2]}", ""]
    out += ["--", f"※ 来源:·WWW 未名空间站 网址：mitbbs.com·[FROM: {ip}]", ""]
text = "\n".join(out)
write_only(F, text, keys(F))
