#!/usr/bin/env python3
"""1168: a glog INFO log file (`digest_fetcher.gpu-03.zhangyu.log.INFO.20240506-093012.48213`; Chinese): a Shenzhen
lab's C++ digest fetcher reads the week's reading list (efficient attention), resolves each entry and writes the
digest. glog's four header lines, then `Lyyyymmdd hh:mm:ss.uuuuuu tid file:line] msg` lines (the INFO file holds I,
W and E lines); three threads; the closing summary counts the papers."""
import os, sys, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1168, keys

rnd = random.Random(1168)
MAIN, W1, W2 = 48213, 48219, 48220
t = [9 * 3600 + 30 * 60 + 12, 0]  # seconds, microseconds


def tick(lo=800, hi=90000):
    t[1] += rnd.randint(lo, hi)
    t[0] += t[1] // 1000000; t[1] %= 1000000
    s = t[0]
    return f"20240506 {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{t[1]:06d}"


lines = []


def L(lv, tid, src, msg, lo=800, hi=90000):
    lines.append(f"{lv}{tick(lo, hi)} {tid:5d} {src}] {msg}")


A = "https://arxiv.org/abs/"
L("I", MAIN, "main.cc:41", "digest_fetcher 0.4.2 启动，配置文件 /etc/digest/fetcher.toml")
L("I", MAIN, "main.cc:58", "读取阅读清单: /data/reading/2024-w19-attention.md (共 11 条)")
L("I", MAIN, "pool.cc:23", "线程池大小 2")
papers = [
 (W1, "link", T("2004.05150"), A + "2004.05150", "长文档，滑动窗口 + 全局 token"),
 (W2, "link", T("2205.14135"), A + "2205.14135", "IO 感知的精确注意力，周会重点"),
 (W1, "text", T("1904.10509"), "arXiv:1904.10509", "清单里只写了编号"),
 (W2, "link", T("2009.14794"), "https://openreview.net/forum?id=" + OR("2009.14794"), "FAVOR+，ICLR 2021"),
 (W1, "none", T("2103.02143"), None, "随机特征近似 softmax"),
 (W2, "link", T("2006.04768"), "https://arxiv.org/pdf/2006.04768.pdf", "低秩投影，K/V 压到 k 维"),
 (W1, "none", T("2005.00743"), None, "不用 token 间点积也能学注意力?"),
 (W2, "none", T("2011.04006"), None, "基准，对比上面几种方法时用"),
]
nonpapers = [
 (W1, "https://github.com/Dao-AILab/flash-attention", "代码仓库，非论文，跳过解析"),
 (W2, "https://www.bilibili.com/video/BV1xx411c7mD", "视频讲解，非论文，跳过解析"),
]
n_ok = 0
for i, (tid, kind, title, url, note) in enumerate(papers):
    if i == 3:
        L("I", nonpapers[0][0], "resolver.cc:77", f"{nonpapers[0][2]}: {nonpapers[0][1]}")
    if i == 6:
        L("I", nonpapers[1][0], "resolver.cc:77", f"{nonpapers[1][2]}: {nonpapers[1][1]}")
    if kind == "link":
        L("I", tid, "resolver.cc:112", f"请求 {url}", 20000, 400000)
        L("I", tid, "resolver.cc:131", f"HTTP 200, 解析标题: \"{title}\"", 80000, 900000)
    elif kind == "text":
        L("I", tid, "resolver.cc:96", f"条目只有编号 {url}，按文本保留，不拼接链接")
        L("I", tid, "resolver.cc:131", f"已记录: \"{title}\" ({url})")
    else:
        L("W", tid, "resolver.cc:88", f"条目没有链接，仅保留标题: \"{title}\"")
    L("I", tid, "digest.cc:64", f"备注: {note}")
    n_ok += 1
L("E", W2, "resolver.cc:140", "请求 https://zhuanlan.zhihu.com/p/603812219 失败: HTTP 403 (知乎专栏，已跳过；非论文)", 20000, 400000)
L("I", MAIN, "digest.cc:150", "写入 /data/digest/2024-w19.md")
L("I", MAIN, "main.cc:92", f"完成: 论文 {n_ok} 篇 (有链接或编号 {sum(p[1] != 'none' for p in papers)}，仅标题 {sum(p[1] == 'none' for p in papers)})，跳过 {len(nonpapers) + 1} 条")
head = ["Log file created at: 2024/05/06 09:30:12", "Running on machine: gpu-03",
        "Running duration (h:mm:ss): 0:00:00",
        "Log line format: [IWEF]yyyymmdd hh:mm:ss.uuuuuu threadid file:line] msg"]
text = "\n".join(head + lines) + "\n"
write_only(F1168, text, keys(F1168))
