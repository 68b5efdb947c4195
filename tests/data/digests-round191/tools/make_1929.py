#!/usr/bin/env python3
"""1929: a Mandarin podcast episode's LRC file (`第37期-大模型训练到底贵在哪.lrc`, synced lyrics shown by a player):
ID tags ([ti:], [ar:], [al:], [by:], [offset:], [length:], [re:], [ve:]), then [mm:ss.xx] lines in order — the
hosts' speech and the producer's show-notes lines at the end: an OpenReview forum link, arXiv `/abs/`, `/pdf/`,
`http://` links, one id in speech (arxiv-text), three titles alone — and non-papers (two repositories, a book, a
talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1929)

LINES = [
    (0, 0.0, "【算力漫谈】第37期：大模型训练到底贵在哪"),
    (0, 4.5, "林晓：大家好，欢迎收听算力漫谈，我是林晓。"),
    (0, 8.2, "周航：我是周航。今天聊训练成本，从显存聊到电费。"),
    (1, 2.7, "林晓：先说精度。最早把半精度训练讲清楚的是那篇"),
    (1, 7.1, f"林晓：《{T('1710.03740')}》，loss scaling 就是从那儿来的。"),
    (2, 15.3, "周航：然后是规模。你得先知道花多少算力值不值。"),
    (2, 21.0, f"周航：OpenAI 那篇 {T('2001.08361')}，幂律那几张图大家都见过。"),
    (3, 40.8, f"林晓：谷歌后来的 {T('2204.02311')}，六千多张 TPU。"),
    (5, 12.4, "周航：注意力这块，IO 才是瓶颈，不是算力。"),
    (5, 18.9, f"周航：{T('2205.14135')}，把矩阵分块放进 SRAM。"),
    (7, 2.6, "林晓：推理省钱就是量化。八比特那篇叫"),
    (7, 6.0, f"林晓：{T('2208.07339')}（arXiv 2208.07339），离群值单独用 16 位算。"),
    (8, 30.5, f"周航：四比特的话是 {T('2210.17323')}。"),
    (10, 44.1, f"林晓：还有一招不改模型的：{T('2211.17192')}，小模型先猜，大模型再验。"),
    (13, 20.0, f"周航：开源这边，{T('2307.09288')} 的技术报告里训练花费写得挺细。"),
    (15, 58.7, "林晓：好，今天就到这儿。论文链接在下面，代码和书不算论文，顺手也放了。"),
    (16, 5.0, "—— 本期节目单 ——"),
    (16, 6.0, f"Mixed Precision：https://openreview.net/forum?id={OR('1710.03740')}"),
    (16, 7.0, "Scaling Laws：https://arxiv.org/abs/2001.08361"),
    (16, 8.0, "FlashAttention：https://arxiv.org/pdf/2205.14135"),
    (16, 9.0, "GPTQ：http://arxiv.org/abs/2210.17323"),
    (16, 10.0, "代码：https://github.com/Dao-AILab/flash-attention ｜ https://github.com/TimDettmers/bitsandbytes"),
    (16, 11.0, "书：《深度学习》（花书，Goodfellow 等）"),
    (16, 12.0, "上期嘉宾讲座回放：https://b23.suanli.example.cn/talk-36"),
    (16, 20.0, "后期：小林 ｜ 邮箱 podcast@suanli.example.cn"),
]


def build():
    L = ["[ti:第37期 大模型训练到底贵在哪]", "[ar:算力漫谈]", "[al:算力漫谈 2024]", "[by:小林]",
         "[offset:0]", "[length:16:24]", "[re:LrcMaker 2.1]", "[ve:1.0]", ""]
    for m, s, t in LINES:
        L.append(f"[{m:02d}:{s:05.2f}]{t}")
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
