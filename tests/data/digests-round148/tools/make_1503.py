#!/usr/bin/env python3
"""1503: a group chat of Baidu's 如流 (Infoflow) saved with 消息记录导出 as text: the head (group, group number, exporter,
export time, member list with its count), a rule, day lines `————— YYYY-MM-DD 星期X —————`, messages as `name
YYYY-MM-DD HH:MM:SS` then the text, a blank line between messages; pictures, files and cloud documents as `[图片]`,
`[文件] name (size)`, `[文档] title`; a recalled message as a system line. Weekdays and the member count are computed.
Not papers: diffusers, ComfyUI, threestudio, DeepXDE, OpenFold (software), 文心一格 (a product), a slide deck, the
schedule document. Nicknames: NCSN, DALL·E 2, SD3, LSGM, Zero123, FNO, MeshGraphNets, AlphaFold2 — labelled where the
full titles are written."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1503, keys, ALPHAFOLD

MEMBERS = ["周子涵", "陈嘉怡", "王浩然", "刘思远", "赵一鸣", "孙雨桐"]
WD = "一二三四五六日"
M = [
    ("周子涵", "2024-05-29 20:03:11", "各位晚上好，下周读书会排期出来了，大家看一下有没有冲突\n[文档] 生成模型读书会排期表（6月）"),
    ("陈嘉怡", "2024-05-29 20:05:47", "我先认领扩散这块：\n" + T("1907.05600") + "\nhttps://arxiv.org/abs/1907.05600\n就是 NCSN，score matching 从这篇讲起比较顺"),
    ("王浩然", "2024-05-29 20:07:02", "那我讲 LSGM，" + T("2106.05931") + "，潜空间里做 score-based，NeurIPS 2021"),
    ("周子涵", "2024-05-29 20:09:30", "@王浩然 好的，记得对比一下和 LDM 的区别"),
    ("刘思远", "2024-05-29 20:15:44", "文生图我来吧，两篇一起讲：\n" + T("2204.06125") + " https://arxiv.org/abs/2204.06125\n" + T("2403.03206") + "（arXiv:2403.03206）\nSD3 的代码 diffusers 里已经有了，ComfyUI 也能跑"),
    ("刘思远", "2024-05-29 20:16:05", "[图片]"),
    ("刘思远", "2024-05-29 20:31:18", "刘思远 撤回了一条消息"),
    ("赵一鸣", "2024-05-29 20:32:40", "我这周在弄 3D，讲 Zero123：\n" + T("2303.11328") + "\nhttps://arxiv.org/pdf/2303.11328\nthreestudio 里有复现，可以现场 demo"),
    ("孙雨桐", "2024-05-30 09:12:26", "早～ 我们组这边想加一期 AI for Science，我列了三篇，大家看看要不要："),
    ("孙雨桐", "2024-05-30 09:14:03", "1. " + T("2010.08895") + "\n2. " + T("2010.03409") + " https://arxiv.org/abs/2010.03409\n3. " + T(ALPHAFOLD) + "（Nature 2021，没有 arXiv 版，PDF 我放群文件了）"),
    ("孙雨桐", "2024-05-30 09:14:20", "[文件] AlphaFold2_Nature2021.pdf (6.8 MB)"),
    ("周子涵", "2024-05-30 09:30:55", "@孙雨桐 可以，放到 6 月第三周。FNO 那篇用 DeepXDE 还是官方代码？"),
    ("孙雨桐", "2024-05-30 09:33:12", "官方的 neuraloperator 仓库，DeepXDE 是 PINN 那一套，不一样。OpenFold 我就不讲了，太重"),
    ("陈嘉怡", "2024-05-30 21:48:09", "[文件] NCSN_读书会_v1.pptx (12.4 MB)\n初稿先放这，周末再改"),
    ("王浩然", "2024-05-31 10:02:37", "顺便说一句，文心一格那个不是论文，别放进排期表哈"),
    ("周子涵", "2024-05-31 10:05:14", "收到👌 排期表已更新"),
]
lines = ["如流 消息记录导出", "群聊：生成模型读书会（群号：7130582）", "导出人：周子涵",
         "导出时间：2024-06-03 22:15:08", f"群成员（{len(MEMBERS)}人）：" + "、".join(MEMBERS), "=" * 48]
day = None
for who, ts, body in M:
    d = dt.datetime.strptime(ts, "%Y-%m-%d %H:%M:%S")
    if d.date() != day:
        day = d.date()
        lines += ["", f"————— {day.isoformat()} 星期{WD[day.weekday()]} —————", ""]
    if body.endswith("撤回了一条消息"):
        lines += [f"{body}  {ts[11:]}", ""]
        continue
    lines += [f"{who} {ts}", body, ""]
text = "\n".join(lines)
write_only(F1503, text, keys(F1503))
