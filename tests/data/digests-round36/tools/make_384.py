#!/usr/bin/env python3
"""384: a Zhihu column article (知乎专栏) selected in the browser and pasted as text: the column bar (首发于 …),
the article title, the author box (name twice, headline, 已关注), "n 人赞同了该文章", the table of contents (目录 /
收起 / sections), the body in sections 一、… with numbered papers, "编辑于 date・IP 属地", the action bar (赞同 n /
添加评论 / 分享 / 喜欢 / 收藏 / 申请转载), the comment box and two comments with "date · IP 属地 / 回复 / n". The writer
puts each paper's English short name first and its title after full-width punctuation: "ControlNet：Title",
"DreamBooth——论文题目《Title》", "BLIP-2：论文题目 “Title”", "LLaVA：Title（NeurIPS 2023 Oral）". Papers: arXiv
abs/pdf URLs after 论文链接 / 论文 (link), "arXiv：ID" with a full-width colon (arxiv-text), titles with no link
(title-only); one title begins with its short name and is written with the full-width colon inside the title
("Zero-1-to-3：Zero-shot …", recorded in DEVIATIONS as fullwidth-colon). The ControlNet repository, the WebUI,
diffusers, a Hugging Face Space, a Bilibili video, the author's earlier article and the nicknames SDXL, Imagen and
DiT are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F384, keys, TITLE_AS_WRITTEN

Z123 = TITLE_AS_WRITTEN[(F384, "2303.11328")]
assert Z123.replace("：", ": ") == T("2303.11328")
SECTIONS = ["一、可控生成", "二、个性化", "三、文本到图像的两条路线", "四、从 2D 到 3D", "五、图文理解"]
text = f"""首发于
AIGC 论文精读
写文章
登录/注册
从 ControlNet 到 LLaVA：8 篇多模态生成必读论文（附阅读顺序）
林一舟
林一舟
计算机视觉博士在读｜扩散模型、多模态
已关注
1,286 人赞同了该文章
目录
收起
{chr(10).join(SECTIONS)}
写在最后

上一篇《扩散模型入门（一）：从 DDPM 说起》发出来之后，很多同学私信问“接下来读什么”。这篇按我自己组会的讲法，把最近两年最常被问到的 8 篇论文串起来。每篇先给英文简称，再给论文原题，方便大家去搜；有链接的我直接贴了 arXiv。

{SECTIONS[0]}

1. ControlNet：{T('2302.05543')}
论文链接：https://arxiv.org/abs/2302.05543
代码：github.com/lllyasviel/ControlNet（WebUI 插件版本另算，不是论文）
一句话：把 SD 的编码器复制一份，用零卷积接回去，边缘图、深度图、姿态都能当条件。现在 diffusers 里直接就有 ControlNet 的 pipeline。

{SECTIONS[1]}

2. Textual Inversion：{T('2208.01618')}
没有贴链接，标题直接搜即可。只学一个新词向量，模型本身不动。
3. DreamBooth——论文题目《{T('2208.12242')}》
论文：https://arxiv.org/pdf/2208.12242.pdf
和上一篇对比着读：DreamBooth 微调整个模型，加了先验保持损失，所以效果更好但也更贵。Hugging Face 上有现成的 Space 可以玩。

{SECTIONS[2]}

4. ADM（guided diffusion）：{T('2105.05233')}
classifier guidance 就是从这里来的，强烈建议读附录里的网络结构。
5. DALL·E 2 / unCLIP：{T('2204.06125')}
先生成 CLIP 图像嵌入再解码。和 Imagen、SDXL 放在一起比较会很有意思，不过那两篇这次不展开。

{SECTIONS[3]}

6. {Z123}
单张图片生成新视角，后面一大批 image-to-3D 工作都以它为起点。B 站有作者团队的讲解视频（搜标题就有）。

{SECTIONS[4]}

7. BLIP-2：论文题目 “{T('2301.12597')}”，arXiv：2301.12597
Q-Former 是核心，冻结的图像编码器 + 冻结的 LLM，只训中间这一小块。
8. LLaVA：{T('2304.08485')}（NeurIPS 2023 Oral）https://arxiv.org/abs/2304.08485
用 GPT-4 生成的指令数据做视觉指令微调，思路极其简单。

写在最后

阅读顺序建议：1 → 2 → 3 → 4 → 5 → 6 → 7 → 8，前三篇偏应用，可以边读边跑代码。下一篇打算写视频生成，欢迎在评论区点菜。

编辑于 2024-03-17 22:41・IP 属地上海
赞同 1286
​
添加评论
​
分享
​
喜欢
​
收藏
​
申请转载
​
发布一条带图评论吧
87 条评论
默认
最新
小鹿不吃草
DiT 那篇也可以加上，现在的视频生成基本都是它的结构
03-18 · IP 属地北京
回复
45
林一舟
作者
好的，下一篇会写到 DiT
03-18 · IP 属地上海
回复
12
"""
if __name__ == "__main__":
    write_only(F384, text, keys(F384), forms=[text.replace(Z123, T("2303.11328"))])
