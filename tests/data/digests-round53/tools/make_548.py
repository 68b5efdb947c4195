#!/usr/bin/env python3
"""548: a QQ group's chat history exported from QQ's 消息管理器 as a .txt file ("消息记录（此消息记录为文本格式，不支持重新导入）",
the 消息分组 / 消息对象 header between rows of "=", then one message per block: "YYYY-MM-DD HH:MM:SS 昵称(QQ号)" and
the text; images, stickers and files as [图片] / [表情] / [文件]; UTF-8 with a byte-order mark and CRLF, as the Windows
client writes it). A Chinese reading group on LLM agents decides the papers for three sessions. Papers: arXiv abs / pdf
links (link), an OpenReview forum link (link), "arXiv:ID" typed in chat (arxiv-text), titles with venues, a project page
or a GitHub repository (title-only). Not papers: Bilibili videos, a Zhihu column, the AgentBench and Voyager repos as
repos, a 腾讯会议 meeting, nicknames (ToT, Reflexion, Voyager)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F548, keys

P = {"林舟": "1849203374", "小满": "2367710025", "阿柒": "815530962", "Kevin_Zh": "3409187746", "周周不想卷": "2958116603",
     "系统消息": "10000", "陶然": "1162094478"}
M = []


def m(ts, who, *lines):
    M.append((ts, who, list(lines)))


d = "2024-03-0"
m(d + "4 20:31:07", "林舟", "@全体成员 下周开始新一轮读论文，主题是 LLM agent。大家把想读的贴群里，我周三整理成表。")
m(d + "4 20:31:55", "小满", "[表情]")
m(d + "4 20:33:12", "阿柒", "我先来一篇经典的：", T("2210.03629"), "https://openreview.net/forum?id=" + OR("2210.03629"),
  "ICLR 2023 那版，比 arXiv v1 写得清楚")
m(d + "4 20:34:40", "Kevin_Zh", "ReAct 必读 +1", "顺便把 CoT 也放第一周吧，不然新同学看不懂 thought 是啥")
m(d + "4 20:35:02", "Kevin_Zh", "就是这篇：" + T("2201.11903") + "（NeurIPS 2022）")
m(d + "4 20:36:18", "周周不想卷", "[图片]", "这个综述我看了前两章，可以当背景材料")
m(d + "4 20:36:40", "周周不想卷", T("2303.18223"), "arXiv:2303.18223   有中文版（人大那边出的），但建议看英文最新版")
m(d + "4 20:38:09", "陶然", "综述太长了吧 一百多页……第一周谁读得完")
m(d + "4 20:38:51", "周周不想卷", "只读第 2 节和第 7 节就行")
m(d + "4 20:41:30", "小满", "具身那边我想加 RT-2", T("2307.15818"), "项目页：https://robotics-transformer2.github.io/",
  "视频挺直观的，组会可以直接放")
m(d + "4 20:43:02", "林舟", "RT-2 可以，不过我们组没机器人，就当扩展阅读")
m(d + "4 20:44:27", "阿柒", "评测要不要放一篇？" + T("2308.03688"), "代码：https://github.com/THUDM/AgentBench",
  "跑一遍 OS 和 DB 两个环境就够讲了")
m(d + "4 20:45:10", "系统消息", "陶然 撤回了一条消息")
m(d + "4 20:45:33", "陶然", "[文件] agent_reading_list_v0.xlsx")
m(d + "4 20:46:05", "陶然", "我之前整理的表，大家随便改。Voyager、Reflexion、ToT 我都标了“可选”")
m(d + "4 20:49:51", "Kevin_Zh", "安全方向我建议读这个，最近很火的越狱后缀：", T("2307.15043"), "https://arxiv.org/abs/2307.15043",
  "和 agent 关系不大，但是讲工具调用安全的时候绕不开")
m(d + "4 20:51:14", "林舟", "这个放第三周「安全」那次")
m(d + "4 21:02:47", "小满", "B站有个讲 ReAct 的视频还不错 https://www.bilibili.com/video/BV1Xa4y1c7Example/")
m(d + "4 21:03:20", "周周不想卷", "[表情][表情]")
m(d + "5 09:12:08", "阿柒", "早。再补一篇老的：", "Decision Transformer", "https://arxiv.org/pdf/2106.01345.pdf",
  "全名是 " + T("2106.01345") + "，把 RL 当序列建模，和后面 agent 用 LLM 做规划是一个思路")
m(d + "5 09:15:40", "Kevin_Zh", "DT 我读过，可以讲")
m(d + "5 09:20:33", "陶然", "知识图谱推理那篇要不要也放？" + T("2011.03459"),
  "ICLR 2021 outstanding paper，用链接预测器回答复杂查询，算是“工具+推理”的前身吧（有点牵强）")
m(d + "5 09:22:01", "林舟", "放可选。第二周人少")
m(d + "5 12:40:19", "周周不想卷", "知乎上有人整理了 agent 论文清单，可以参考：https://zhuanlan.zhihu.com/p/6500000000")
m(d + "6 18:05:44", "林舟", "整理好了👇", "第1周（3/13）背景：CoT、LLM 综述（第2、7节）", "第2周（3/20）ReAct、Decision Transformer、复杂查询（可选）",
  "第3周（3/27）评测与安全：AgentBench、越狱后缀那篇；RT-2 扩展阅读",
  "地点：信息楼 305；线上：腾讯会议 582-317-946", "每篇一个人主讲 20 分钟，slides 传群文件")
m(d + "6 18:06:30", "小满", "收到")
m(d + "6 18:06:41", "Kevin_Zh", "收到，我讲 ReAct")
m(d + "6 18:07:15", "阿柒", "我讲 DT 和复杂查询")
m(d + "6 18:09:02", "系统消息", "周周不想卷 修改了群名片")
m(d + "6 18:12:27", "陶然", "[图片]", "第一周我来订会议室")

out = ["消息记录（此消息记录为文本格式，不支持重新导入）", "", "=" * 64, "消息分组:我的群聊", "=" * 64,
       "消息对象:LLM Agent 论文研读群", "=" * 64, ""]
for ts, who, lines in M:
    out.append(f"{ts} {who}({P[who]})")
    out += lines
    out.append("")
text = "\ufeff" + "\r\n".join(out) + "\r\n"
write_only(F548, text, keys(F548))
