#!/usr/bin/env python3
"""1663: a group chat exported from Youdu (有度即时通, an enterprise instant messenger) as a TXT file, Simplified
Chinese: the export head (会话 / 成员数 / 导出时间 / 导出人), a rule line, then one block per message «yyyy-mm-dd HH:MM:SS
name», its text, a blank line; images and files as [图片] / [文件] lines, a recalled message, a quoted reply 「…」,
@mentions of members. Timestamps are increasing (asserted). The lab, the group and its members are invented."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1663)
M = ["王子涵", "陈思远", "刘雨桐", "赵博文", "孙可欣", "周明杰"]
t0 = dt.datetime(2025, 3, 3, 9, 12, 5)
msgs = [
    (0, "王子涵", "各位早，本周组会（周四下午两点，信息楼 512）主题是大模型训练和推理，大家把要讲的论文发群里，我汇总到共享文档。"),
    (1, "陈思远", f"我讲 LLaMA：{T('2302.13971')}\nhttps://arxiv.org/abs/2302.13971"),
    (2, "刘雨桐", f"我讲推理这块，vLLM 那篇：{T('2309.06180')} https://arxiv.org/abs/2309.06180"),
    (9, "赵博文", "[图片]"),
    (10, "赵博文", "这是上周在 4090 上测的吞吐，vLLM 比 HF generate 快了三倍多"),
    (14, "孙可欣", f"@刘雨桐 可以顺便讲一下 FlashAttention-2 吗？{T('2307.08691')}\nhttps://arxiv.org/pdf/2307.08691"),
    (15, "刘雨桐", "「孙可欣：@刘雨桐 可以顺便讲一下 FlashAttention-2 吗？」\n可以，两篇放一起讲比较顺"),
    (47, "周明杰", "撤回了一条消息"),
    (48, "周明杰", f"我讲长上下文：{T('2306.15595')}，https://arxiv.org/abs/2306.15595v2 ，再对比一下 YaRN"),
    (52, "陈思远", f"长上下文的话建议再看看 {T('2307.03172')}，说明上下文长了模型也不一定用得上中间的信息"),
    (53, "周明杰", "好，我把 Lost in the Middle 的结论放在最后"),
    (180, "王子涵", f"并行训练谁来？@赵博文 {T('1909.08053')}（arXiv:1909.08053）你熟"),
    (183, "赵博文", f"行，Megatron 我来。要不要把 MoE 也带上？{T('2006.16668')}，谷歌那篇"),
    (185, "王子涵", "MoE 下次单独讲吧，这次时间不够"),
    (186, "赵博文", "[文件] Megatron-LM并行策略笔记.pdf (2.3MB)"),
    (410, "孙可欣", f"新同学可以先读 GPT-3 原文 {T('2005.14165')}，附录很长，看前四章就行"),
    (412, "王子涵", "收到，共享文档已更新：https://docs.example.cn/s/llm-reading-0306 ，周四见"),
]
L = ["会话：大模型组", f"成员数：{len(M) + 6}", "导出时间：2025-03-07 18:22:41", "导出人：王子涵", "=" * 40, ""]
prev = None
for mins, who, txt in msgs:
    t = t0 + dt.timedelta(minutes=mins, seconds=(mins * 37) % 60)
    assert (prev is None or t > prev) and who in M
    prev = t
    L += [f"{t:%Y-%m-%d %H:%M:%S} {who}", txt, ""]
write_only(F, "\n".join(L), keys(F))
