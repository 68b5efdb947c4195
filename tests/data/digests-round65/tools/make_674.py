#!/usr/bin/env python3
"""674: a SiYuan 3.0 document file (data/<notebook>/<id>.sy): the Lute node tree as tab-indented JSON (Go's
MarshalIndent: ": " separators, <, >, & escaped as \\u003c \\u003e \\u0026), NodeDocument root with Spec "1" and
Properties (id, title, type doc, updated, icon), block nodes (NodeHeading with HeadingLevel, NodeParagraph, NodeList /
NodeListItem with ListData Marker base64 "Kg==", NodeBlockquote with its marker, NodeThematicBreak) carrying
"YYYYMMDDhhmmss-xxxxxxx" ids and updated stamps, inline NodeText / NodeTextMark (a with TextMarkAHref, strong, code,
block-ref). Chinese notes on LLM agents, reasoning and safety."""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only, OR
from make_expected import F674, keys

n = [0]
texts = []


def bid(stamp="20240510113201"):
    n[0] += 1
    h = hashlib.sha1(f"{n[0]}".encode()).hexdigest()
    s = "".join("abcdefghijklmnopqrstuvwxyz0123456789"[int(h[i:i + 2], 16) % 36] for i in range(0, 14, 2))
    return f"{stamp}-{s}"


def block(typ, children, stamp, upd, **extra):
    i = bid(stamp)
    d = {"ID": i, "Type": typ}
    d.update(extra)
    d["Properties"] = {"id": i, "updated": upd}
    if children is not None: d["Children"] = children
    return d


def inl(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append({"Type": "NodeText", "Data": p}); texts.append(p)
        else:
            kind, text, *rest = p
            m = {"Type": "NodeTextMark", "TextMarkType": kind}
            if kind == "a": m["TextMarkAHref"] = rest[0]
            if kind == "block-ref": m.update({"TextMarkBlockRefID": rest[0], "TextMarkBlockRefSubtype": "s"})
            m["TextMarkTextContent"] = text
            out.append(m); texts.append(text)
    return out


def h(level, text, st, up):
    return block("NodeHeading", inl([text]), st, up, HeadingLevel=level)


def p(parts, st, up):
    return block("NodeParagraph", inl(parts), st, up)


def ul(items, st, up):
    return block("NodeList", [block("NodeListItem", [p(it, st, up)], st, up, ListData={"Marker": "Kg=="}) for it in items],
                 st, up, ListData={})


def au(k, m=3):
    a = authors(k)
    return "、".join(a[:m]) + (" 等" if len(a) > m else "")


D = "20240510113201"
kids = [
    p(["本页是「大模型智能体与安全」读书会的共享笔记。每周四 19:30，信息楼 A-402，线上同步腾讯会议。"], D, "20240510113340"),
    h(2, "一、推理与规划", "20240510113512", "20240510114002"),
    ul([
        [("strong", T("2201.11903")), f" — {au('2201.11903')}，NeurIPS 2022。评审意见见 ",
         ("a", "OpenReview 讨论页", f"https://openreview.net/forum?id={OR('2201.11903')}"), "；重点看 GSM8K 上的规模曲线。"],
        [T("2204.01691"), f" — {au('2204.01691')}。机器人“可行性”打分 × 语言模型打分；链接待补（王磊说 PDF 在组里网盘）。"],
        [T("2106.01345"), f" — {au('2106.01345')}，NeurIPS 2021。把离线强化学习写成序列建模，和上面两篇放在一起讨论“规划”。"],
    ], "20240510113520", "20240512201544"),
    h(2, "二、智能体与评测", "20240511090010", "20240511090010"),
    ul([
        [T("2308.03688"), f" — {au('2308.03688')}。", ("a", "arxiv.org/abs/2308.03688", "https://arxiv.org/abs/2308.03688"),
         " 8 个环境（操作系统、数据库、知识图谱……），我们只复现 OS 与 DB 两个。"],
        [T("2304.03442"), f" — {au('2304.03442')}，UIST 2023，arXiv:2304.03442。记忆流 + 反思 + 规划三件套。"],
    ], "20240511090025", "20240513221807"),
    block("NodeBlockquote", [{"Type": "NodeBlockquoteMarker", "Data": ">"},
                             p(["讨论题：智能体评测里 “成功率 > 50%” 的门槛合理吗？不同环境的难度怎么归一？"], "20240511091200", "20240511091200")],
          "20240511091200", "20240511091200"),
    h(2, "三、安全与对齐", "20240512200011", "20240512200011"),
    ul([
        [("strong", T("2307.15043")), f" — {au('2307.15043')}。", ("a", "https://arxiv.org/abs/2307.15043", "https://arxiv.org/abs/2307.15043"),
         " 后缀优化（GCG）；只在课上讨论原理，", ("strong", "不复现攻击"), "。"],
    ], "20240512200020", "20240512200020"),
    h(2, "四、部署：量化与微调", "20240513210000", "20240513210000"),
    ul([
        [T("2210.17323"), f" — {au('2210.17323')}，ICLR 2023。", ("a", "PDF", "https://arxiv.org/pdf/2210.17323.pdf"),
         " 逐层二阶信息量化；实验用 ", ("code", "auto-gptq"), "（软件，不是论文）。"],
        [T("2402.09353"), f" — {au('2402.09353')}，ICML 2024。权重分解为幅度与方向；和 LoRA 对比，链接稍后补。"],
    ], "20240513210010", "20240514153012"),
    block("NodeThematicBreak", None, "20240514150000", "20240514150000"),
    h(3, "非论文资料", "20240514150100", "20240514150100"),
    ul([
        ["课程：伯克利 CS294 “LLM Agents” 公开课（视频）"],
        ["博客：", ("a", "Lilian Weng — LLM Powered Autonomous Agents", "https://lilianweng.github.io/posts/2023-06-23-agent/")],
        ["代码：", ("a", "THUDM/AgentBench 仓库", "https://github.com/THUDM/AgentBench"), "；数据集：GSM8K、HotpotQA"],
        ["相关笔记：", ("block-ref", "上学期读书会：检索增强生成", "20231208194512-r4nd0mz")],
    ], "20240514150110", "20240514153012"),
]
doc = {"ID": "20240510113158-k3x9w2q", "Spec": "1", "Type": "NodeDocument",
       "Properties": {"icon": "1f916", "id": "20240510113158-k3x9w2q", "title": "读书会｜大模型智能体、推理与安全",
                      "type": "doc", "updated": "20240514153012"}, "Children": kids}
raw = json.dumps(doc, ensure_ascii=False, indent="\t").replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
write_only(F674, raw, keys(F674), forms=["".join(texts)])
