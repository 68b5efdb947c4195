#!/usr/bin/env python3
"""1043: a 小木虫 (muchong) thread copied from the desktop page with Ctrl+A / Ctrl+C in Chrome (LF, one text item a
line, blank lines where blocks end): the site header and nav, the breadcrumb, `查看: N | 回复: N`, the 求助 title with
`已有N人参与` and the reward `本帖悬赏金币 N 个`, then each floor: the member box (name, 等级, 应助, 金币, 散金, 帖子,
在线, 虫号, 注册, 性别, 专业), the floor label (楼主, 2楼 …), the text, the asker's coin grants `name(金币+N): …`
under helpful replies, a phone-client signature on one, and the `引用 回复 举报` line with the time; then the reply
box prompt and the footer links. A first-year master's student asks for an entry reading list on LLM training and
serving systems; the replies name papers in lists, in 《》, after "那篇", with arXiv abs / pdf and OpenReview URLs, an
`arXiv:` id in full-width brackets, or the title alone. DeepSpeed's docs, a Bilibili series and a Zhihu post are not
papers; "ZeRO", "GPipe", "PipeDream", "Switch Transformer", "vLLM", "FedDyn", "1F1B" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1043)
K = dict(megatron="1909.08053", paged="2309.06180", flash2="2307.08691", moe="1701.06538", gshard="2006.16668",
         feddyn="2111.04263", eigengame="2010.00554", dodrio="2103.14625")
TITLE = "【求助】研一转大模型训练/推理系统方向，求一份入门论文清单（已有整理，求补充）"

USERS = {
    "zhuhuai_ml": ("铜虫 (初入文坛)", "0 (幼儿园)", "362.5", "20", "58", "31.4", "2841937", "2021-09-06", "GG", "计算机应用技术"),
    "gpu_laoma": ("金虫 (职业作家)", "37 (小学生)", "5230.8", "410", "2187", "960.2", "1593804", "2016-03-21", "GG", "计算机系统结构"),
    "dl_xiaobai": ("银虫 (正式写手)", "3 (幼儿园)", "811.0", "0", "340", "122.7", "2603318", "2020-10-12", "GG", "模式识别与智能系统"),
    "fedlearn2019": ("银虫 (正式写手)", "9 (幼儿园)", "1407.3", "55", "612", "288.0", "2377452", "2019-04-30", "MM", "软件工程"),
    "suanfa_lao_zhang": ("木虫 (著名写手)", "112 (初中生)", "12046.1", "1300", "4705", "2214.9", "1186023", "2013-11-02", "GG", "应用数学"),
    "keshihua_M": ("铁虫 (小有名气)", "1 (幼儿园)", "231.9", "0", "97", "45.6", "2759960", "2021-03-15", "MM", "计算机科学与技术"),
}
POSTS = [
    ("zhuhuai_ml", "楼主", "2024-03-08 21:14", f"""[求助] {TITLE[4:]}

各位虫友好！本人研一，导师让我下学期开始做大模型训练/推理系统（组里有一台8卡A800），但我本科是做CV的，系统这块基本是零基础。
目前自己整理了几篇，麻烦大家看看顺序对不对、还缺什么：

1. {T(K['megatron'])}
https://arxiv.org/abs/1909.08053  张量并行的经典，组里师兄说必读
2. {T(K['gshard'])}（arXiv:2006.16668）
3. 《{T(K['moe'])}》 MoE 的老祖宗，ICLR 2017 https://openreview.net/forum?id=B1ckMDqlg
4. ZeRO 系列（原文还没看，先看了 DeepSpeed 官网的文档）

问题：
① 推理侧（serving）应该看哪些？
② 有没有必要回头看 GPipe、PipeDream 这些流水线并行的老文章？

谢谢大家，金币不多，有用的都会发。""", []),
    ("gpu_laoma", "2楼", "2024-03-08 22:03", f"""推理侧必看 vLLM 那篇：{T(K['paged'])}，SOSP'23，
https://arxiv.org/pdf/2309.06180.pdf
KV cache 按页管理，思路跟操作系统的虚拟内存一模一样，看完你就知道为什么吞吐能翻几倍。

再加一篇算子层面的：{T(K['flash2'])}  https://arxiv.org/abs/2307.08691 ，第一版 FlashAttention 也要看，不然 tiling 那部分看不懂。

GPipe / PipeDream 有时间再看，先把 Megatron 里的 1F1B 调度弄懂就够了。

发自小木虫Android客户端""", [("zhuhuai_ml", 8, "谢谢大佬，很详细")]),
    ("dl_xiaobai", "3楼", "2024-03-09 08:47", """插个楼，楼主第3篇那个 openreview 链接是 ICLR 2017 的页面，没问题，评审意见也值得看。
MoE 方向还可以把 Switch Transformer 跟 GShard 放在一起对比着读，路由策略不一样。
B站有个 Megatron-LM 源码解读的系列视频，搜“Megatron 源码”就有，配合论文看效果很好。""", [("zhuhuai_ml", 3, "谢谢参与")]),
    ("fedlearn2019", "4楼", "2024-03-09 10:20", f"""如果以后想做端侧或者联邦场景的训练系统，{T(K['feddyn'])} （ICLR 2021，大家一般叫 FedDyn）可以看看，
每轮在客户端加一个动态正则项，通信轮数省很多，实验部分也写得比较扎实。
不过跟楼主的方向不完全一样，仅供参考。""", [("zhuhuai_ml", 3, "谢谢参与")]),
    ("suanfa_lao_zhang", "5楼", "2024-03-09 14:36", f"""有点跑题，但推荐一篇偏算法的：{T(K['eigengame'])}
把 PCA 拆成多个 player，每个 player 求一个特征向量，可以分布到很多设备上并行算，DeepMind 在 TPU 上跑了很大的矩阵。
思路对做并行的人挺有启发，ICLR 2021 的 outstanding paper。""", [("zhuhuai_ml", 3, "谢谢参与")]),
    ("keshihua_M", "6楼", "2024-03-10 19:05", f"""楼上都是系统的，我补一个工具向的：调试注意力的时候用过
{T(K['dodrio'])}
交互式可视化，能看每个 head 在关注什么，对理解模型内部很有帮助（不过它主要是给 BERT 一类的模型用的，大模型得自己改）。
另外知乎上有篇“大模型训练中的显存都去哪了”的文章讲显存占用讲得很清楚，可以搜来看。""", [("zhuhuai_ml", 3, "谢谢")]),
    ("zhuhuai_ml", "7楼", "2024-03-11 09:30", """谢谢各位！金币已发完。
整理后的清单我放到组里的飞书文档了，之后读完会回来更新读后感。""", []),
]
replies = len(POSTS) - 1
helpers = {u for u, *_ in POSTS[1:] if u != POSTS[0][0]}
lines = ["小木虫论坛-学术科研互动平台", "", "首页", "论坛", "导读", "搜索", "应助", "小木虫APP", "", "登录", "注册", "",
         "当前位置: 小木虫论坛 » 计算机/信息科学 » 人工智能 » " + TITLE, "",
         f"查看: 3127  |  回复: {replies}", "", f"[求助] {TITLE[4:]}  已有{len(helpers)}人参与", "本帖悬赏金币 20 个", ""]
LABELS = ["等级", "应助", "金币", "散金", "帖子", "在线", "虫号", "注册", "性别", "专业"]
for user, floor, when, text, grants in POSTS:
    info = USERS[user]
    lines.append(user)
    lines.append(info[0])
    for lab, val in zip(LABELS[1:], info[1:]):
        lines.append(f"{lab}: {val}" + ("小时" if lab == "在线" else ""))
    lines += ["", floor, ""]
    lines += text.split("\n")
    if grants:
        lines.append("")
        lines += [f"{g}(金币+{n}): {why}" for g, n, why in grants]
    lines += ["", f"引用 回复 举报  {when}", ""]
lines += ["相关版块跳转", "我要订阅楼主 " + POSTS[0][0] + " 的主题更新", "", "小木虫，学术科研互动平台", "",
          "快速回复", "不应助 确定回帖应助 (注意：应助才可能被奖励，但不允许灌水，必须填写15个字符以上)", "", "发表回复", "",
          "关于我们 | 用户协议 | 隐私政策 | 联系我们 | 手机版", "Copyright © 2001-2024 小木虫", ""]
text = "\n".join(lines)
write_only(F, text, keys(F))
