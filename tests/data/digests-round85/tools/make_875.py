#!/usr/bin/env python3
"""875: a flomo (浮墨笔记) "export all as HTML" page (`flomo@林知远-20240310/index.html`): doctype, inline `<style>`,
a `.top` header with the user's name and `于 YYYY-MM-DD 导出 N 条 MEMO`, then `<div class="memos">` holding one
`<div class="memo">` per note, newest first, each with `.time` (`YYYY-MM-DD HH:MM:SS`), `.content` (the note's rich
text: `<p>`, `<ul>` / `<ol>` with `<li><p>`, `<strong>`, inline `#标签/子标签` tags, URLs as plain text) and `.files`
(image attachments as relative `file/…` paths). A Chinese engineer's memos while reading efficient-attention and
state-space papers; a repository, a video, a blog post and a course are not papers."""
import html, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys

F = by_num(875)
K = dict(s4="2111.00396", fa="2205.14135", lin="2006.16236", sparse="1904.10509", hippo="2008.07669",
         flash="2202.10447", survey="2103.14636", funnel="2006.03236")
e = html.escape

MEMOS = [
 ("2024-03-09 23:12:40",
  [("p", "#论文/状态空间 周末把 S4 啃完了，记一下："),
   ("ul", [f"{T(K['s4'])}（{au(K['s4'], 3, '')}）",
           "OpenReview：https://openreview.net/forum?id=uYLFoz1vlAC —— 审稿意见里关于 Path-X 的讨论值得看",
           "核心：HiPPO 初始化 + 对角加低秩（NPLR）分解，卷积核用 Cauchy 核算"]),
   ("p", "下周组会我讲这篇，PPT 放在共享盘。")], []),
 ("2024-03-08 21:40:05",
  [("p", "#论文/状态空间 S4 的前置：HiPPO，arXiv:2008.07669"),
   ("p", f"{T(K['hippo'])} —— 用正交多项式在线投影记住整个历史，LegS 那一版是 S4 用的。")], []),
 ("2024-03-07 12:03:51",
  [("p", "#论文/高效注意力 中午排队时看完："),
   ("p", f"<strong>{e(T(K['fa']))}</strong>"),
   ("p", "https://arxiv.org/abs/2205.14135"),
   ("p", "不是近似！是 IO 感知的精确注意力：分块放进 SRAM，反向时重算。我们线上推理换上后显存降了一半。"),
   ("p", "代码仓库（不是论文）：https://github.com/Dao-AILab/flash-attention")],
  ["file/2024-03-07/3b9f1c2e8a7d4e50/显存对比.png"]),
 ("2024-03-05 22:18:30",
  [("p", "#论文/高效注意力 线性注意力这条线按时间顺序读："),
   ("ol", [f"{T(K['sparse'])} https://arxiv.org/abs/1904.10509 （稀疏分解，O(n√n)）",
           f"{T(K['lin'])} https://arxiv.org/pdf/2006.16236.pdf （核函数特征映射，自回归时就是 RNN）",
           f"{T(K['flash'])} （门控注意力单元 + 分块线性注意力；还没找链接）"])], []),
 ("2024-03-03 10:45:12",
  [("p", "#论文/综述 找到一篇挺全的综述，先记标题："),
   ("p", f"「{T(K['survey'])}」"),
   ("p", "按稀疏、因式分解、核方法、循环等分类，表格很适合做组会的地图。")], []),
 ("2024-03-02 16:27:44",
  [("p", "#论文/高效注意力 另一个方向：不是换注意力，而是压缩序列长度。"),
   ("p", f"{T(K['funnel'])}"),
   ("p", "像 CNN 的池化一样逐层缩短序列，最后再上采样回来做 token 级任务。")], []),
 ("2024-02-29 20:05:09",
  [("p", "#学习资料 （不是论文）"),
   ("ul", ["视频：状态空间模型入门，讲得很清楚 https://video.example.cn/v/ssm-intro-01",
           "博客：《从 RNN 到 S4 的一条线》 https://blog.example.cn/post/rnn-to-s4",
           "课程：某校「高效深度学习系统」第 7 讲（注意力优化）"])], []),
 ("2024-02-27 08:31:17",
  [("p", "#杂记 组会时间改到周四下午三点，会议室 B402。")], []),
]


def content(blocks):
    out = []
    for kind, val in blocks:
        if kind == "p":
            out.append(f"<p>{val if val.startswith('<strong>') else e(val)}</p>")
        else:
            out.append(f"<{kind}>" + "".join(f"<li><p>{e(x)}</p></li>" for x in val) + f"</{kind}>")
    return "".join(out)


IMG = '<img src="{}" />'
memos = "\n".join(
    f'<div class="memo">\n<div class="time">{t}</div>\n<div class="content">{content(b)}</div>\n'
    f'<div class="files">{"".join(IMG.format(f) for f in files)}</div>\n</div>'
    for t, b, files in MEMOS)

text = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>flomo · 浮墨笔记</title>
<style>
body {{ background: #f3f3f3; font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", sans-serif; }}
.top {{ max-width: 640px; margin: 40px auto 20px; display: flex; align-items: center; }}
.top .name {{ font-size: 20px; font-weight: 600; color: #333; }}
.top .date {{ font-size: 13px; color: #9a9a9a; margin-top: 4px; }}
.memos {{ max-width: 640px; margin: 0 auto; }}
.memo {{ background: #fff; border-radius: 6px; padding: 16px 20px; margin-bottom: 12px; }}
.memo .time {{ font-size: 12px; color: #8f8f8f; margin-bottom: 8px; }}
.memo .content p {{ margin: 0 0 6px; line-height: 1.8; color: #323232; word-break: break-all; }}
.memo .content ul, .memo .content ol {{ padding-left: 20px; margin: 0 0 6px; }}
.memo .files img {{ max-width: 160px; border-radius: 4px; margin: 8px 8px 0 0; }}
</style>
</head>
<body>
<div class="top">
<div class="user">
<div class="name">林知远</div>
<div class="date">于 2024-03-10 导出 {len(MEMOS)} 条 MEMO</div>
</div>
</div>
<div class="memos">
{memos}
</div>
</body>
</html>
"""
write_only(F, text, keys(F), [html.unescape(text)])
