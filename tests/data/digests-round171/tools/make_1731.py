#!/usr/bin/env python3
"""1731: a Chinese master's student's jsMind mind map, saved from the jsMind page as `.jm` (JSON.stringify of the
node_tree data: meta, format, data; one line, no final newline). Every node carries id, topic and expanded; the root's
children carry direction; node data (background-color) follows; children last. Ids are jsMind's util.uuid form
(16 hex digits: the creation time in ms in hex, from its third digit, then random hex), derived here from the
modelled creation times and a hash."""
import datetime as dt, hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1731)
AGZ = "Mastering the game of Go without human knowledge"
T0 = dt.datetime(2024, 3, 2, 20, 14, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))
n_ = [0]


def nid(topic):
    n_[0] += 1
    ms = int((T0 + dt.timedelta(seconds=37 * n_[0])).timestamp() * 1000)
    return (format(ms, "x") + hashlib.sha1(topic.encode()).hexdigest())[2:18]


def node(topic, kids=(), direction=None, color=None):
    o = {"id": nid(topic), "topic": topic, "expanded": True}
    if direction: o["direction"] = direction
    if color: o["background-color"] = color
    if kids: o["children"] = list(kids)
    return o


def build():
    kids = [
     node("LLM 智能体", [
       node(T("2210.03629"), [node("https://openreview.net/forum?id=WE_vluYUL-X"), node("ICLR 2023；思考-行动交替的提示格式")]),
       node(T("2304.03442"), [node("https://arxiv.org/pdf/2304.03442v2"), node("记忆流 + 反思 + 规划，小镇实验")]),
       node(T("2310.08560"), [node("arXiv:2310.08560"), node("分层记忆，像操作系统分页")]),
     ], "right", "#1abc9c"),
     node("机器人", [
       node(T("2204.01691"), [node("https://arxiv.org/abs/2204.01691")]),
       node(T("2307.15818"), [node("CoRL 2023，只看第 3、4 节；动作当作文本 token")]),
     ], "left", "#e67e22"),
     node("序列建模式 RL", [
       node(T("2106.01345"), [node("https://arxiv.org/abs/2106.01345v2"), node("回报条件 + GPT 结构")]),
       node(T("2106.02039"), [node("NeurIPS 2021，和上面一篇对比：束搜索做规划")]),
     ], "right", "#3498db"),
     node("经典背景", [node(AGZ, [node("Nature 2017，组会第一次讲的背景材料")])], "left"),
     node("资源（不是论文）", [node("Spinning Up in Deep RL 教程"), node("CS285 课程视频（2023 秋）"), node("LangChain 文档 · Agents 部分")], "left"),
    ]
    root = {"id": "root", "topic": "智能体 · 机器人 · 强化学习 读书地图", "expanded": True, "children": kids}
    mind = {"meta": {"name": "智能体读书地图", "author": "chenyu@lab.example.cn", "version": "0.4.6"}, "format": "node_tree", "data": root}
    return json.dumps(mind, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    write_only(F, build(), keys(F))
