#!/usr/bin/env python3
"""1885: a blog entry (日志) on Qzone (QQ空间, Tencent's social space) with its comments, copied from the browser
(Simplified Chinese): «QQ空间» and the owner's space name, the entry title, «发表于 YYYY-MM-DD HH:MM», «分类：», the text,
«阅读(n) 评论(n) 转载 分享», then the comments «nickname：text» over «YYYY-MM-DD HH:MM 回复», replies «回复 nickname：».
The owner, nicknames, figures and dates are invented; Stable Diffusion 3 (as software), ComfyUI, the diffusers library
and the book of Bishop & Bishop appear as what they are. Computed: the comment count (asserted), the comments after the
entry and in order (asserted), the reply targets named above (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1885)
D = dt.datetime


def qd(d): return d.strftime("%Y-%m-%d %H:%M")


POST = D(2026, 2, 14, 21, 8)
BODY = [
    "寒假在家把扩散模型从头捋了一遍，记录一下读过的论文，方便开学后组会用。",
    "",
    f"一、起点：{T('1503.03585')}（arXiv:1503.03585），2015 年的文章，当时没什么人注意。",
    f"二、加速采样：{T('2010.02502')}，链接 https://arxiv.org/abs/2010.02502 ，步数从 1000 降到 50 左右。",
    f"三、{T('2105.05233')}，这篇之后大家才真正相信扩散能打败 GAN。顺便重读了 {T('1406.2661')}，对比着看很有意思。",
    f"四、条件生成离不开 {T('2207.12598')}，现在几乎所有文生图模型都在用。",
    f"五、潜空间：{T('2106.05931')} https://arxiv.org/pdf/2106.05931v3",
    f"六、最新的 {T('2403.03206')}（http://arxiv.org/abs/2403.03206），也就是 Stable Diffusion 3 背后的论文。",
    f"七、三维方向看了 {T('2303.11328')}：https://arxiv.org/abs/2303.11328v1",
    "",
    "工具方面：ComfyUI 搭流程，代码用 diffusers。教材推荐 Bishop & Bishop 的《Deep Learning: Foundations and Concepts》第 20 章。",
]
COMMENTS = [
    ("小鱼干", D(2026, 2, 14, 22, 31), "收藏了！DDIM 那篇我一直没看懂，求组会讲讲。"),
    ("阿杰同学", D(2026, 2, 15, 9, 5), "Classifier-free guidance 的公式其实就两行，建议直接看代码。"),
    ("小鱼干", D(2026, 2, 15, 9, 47), "回复 阿杰同学：好的，我去翻 diffusers 的 pipeline。"),
    ("夜行的猫", D(2026, 2, 16, 20, 12), "博主 SD3 本地跑起来了吗？显存要多少？"),
    ("林深时见鹿", D(2026, 2, 16, 23, 58), "回复 夜行的猫：12G 可以跑 medium 版本。"),
]
assert [c[1] for c in COMMENTS] == sorted(c[1] for c in COMMENTS) and COMMENTS[0][1] > POST
out = ["QQ空间", "林深时见鹿的空间", "主页 | 日志 | 相册 | 留言板 | 说说", "",
       "寒假读论文笔记：扩散模型从 2015 到 2024", f"发表于 {qd(POST)}", "分类：学习笔记", ""] + BODY + [
       "", f"阅读(386) 评论({len(COMMENTS)}) 转载 分享", "", "评论"]
seen = {"林深时见鹿"}
for n, d, t in COMMENTS:
    if t.startswith("回复 "): assert t[3:].split("：")[0] in seen
    seen.add(n)
    out += ["", f"{n}：{t}", f"{qd(d)} 回复"]
out += ["", "发表评论", "© 1998 - 2026 Tencent. All Rights Reserved."]
text = "\n".join(out) + "\n"
write_only(F, text, keys(F))
