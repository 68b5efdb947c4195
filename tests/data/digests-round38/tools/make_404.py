#!/usr/bin/env python3
"""404: a CSDN blog article (Chinese) selected in the browser and pasted as text: the site bar, the title with "10篇",
"最新推荐文章于 … 发布", "原创 <author> 于 YYYY-MM-DD HH:MM:SS 发布", 阅读量 / 收藏 / 点赞数, 分类专栏 and 文章标签, the
版权声明 with 本文链接, the column box, 文章目录 (the section headings), sections 一、… with numbered papers 1.–10., a
code block with CSDN's "python" / "运行" header, 总结, the knowledge-archive box, the bottom action bar (点赞, 收藏,
评论 counts), two comments with "2024.03.06" dates and IP 属地, and 相关推荐 (other CSDN posts). Papers: "论文地址："
with arXiv abs and pdf URLs (link); "arXiv:2303.01469" (arxiv-text); titles in 【】 or after "【论文】", "论文：",
"论文标题：" in “ ”, in lower case, followed by the venue in full-width brackets on the same line, with a PMLR page, an
OpenAI PDF, project pages, GitHub code or no link (title-only). diffusers, guided-diffusion and other repositories, a
Hugging Face model card, the Stable Diffusion WebUI, a Bilibili video, LDM / Stable Diffusion / Imagen / DALL·E 2 /
SDXL (nicknames) and the recommended CSDN posts are not labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F404, keys

AUTHOR = "算法小白菜Cai"
SECTIONS = [
 ("一、生成模型的起点", [
  ("GAN", [f"【论文】{T('1406.2661')}（NIPS 2014）",
           "作者：Ian J. Goodfellow, Jean Pouget-Abadie, Mehdi Mirza 等",
           "一句话：生成器和判别器的极小极大博弈。扩散模型很多论文的实验部分都要和它比，所以还是要读一下。官网 PDF 自己搜标题就有，这里不贴了。"]),
  ("非平衡热力学", [f"论文：{T('1503.03585')}（ICML 2015）",
               "论文地址：http://proceedings.mlr.press/v37/sohl-dickstein15.html",
               "一句话：扩散模型真正的源头，前向加噪、反向学习去噪，2015 年就提出来了，只是当时效果一般。"]),
 ]),
 ("二、DDPM 与后续改进", [
  ("DDPM", [f"【{T('2006.11239')}】（NeurIPS 2020）",
            "论文地址：https://arxiv.org/abs/2006.11239",
            "代码：https://github.com/hojonathanho/diffusion",
            "一句话：把训练目标简化成预测噪声 ε，这篇之后扩散模型才真正火起来。建议把公式推一遍，B站上有很多推导视频可以配合看。"]),
  ("Guided Diffusion", [f"论文标题：“{T('2105.05233')}”（NeurIPS 2021）",
                        "代码：https://github.com/openai/guided-diffusion",
                        "一句话：改进 U-Net 结构 + classifier guidance，FID 第一次全面超过 BigGAN。"]),
  ("Consistency Models", [f"【{T('2303.01469')}】arXiv:2303.01469（ICML 2023）",
                          "一句话：一步或几步采样，蒸馏和直接训练两种方式都给了。想做加速采样的同学必读。"]),
 ]),
 ("三、文本生成图像", [
  ("DALL·E 2", [f"论文：{T('2204.06125').lower()}",
                "论文地址：https://cdn.openai.com/papers/dall-e-2.pdf",
                "一句话：先用 prior 生成 CLIP image embedding，再用扩散解码器生成图像，也叫 unCLIP。"]),
 ]),
 ("四、可控生成与图像编辑", [
  ("ControlNet", [f"论文：{T('2302.05543')}（ICCV 2023 最佳论文）",
                  "论文地址：https://arxiv.org/pdf/2302.05543.pdf",
                  "代码：https://github.com/lllyasviel/ControlNet",
                  "一句话：锁住原模型，复制一份编码器去学条件（边缘、深度、姿态），用零卷积连接。用 diffusers 跑起来很简单，见下面代码。"]),
  ("DreamBooth", [f"【论文】{T('2208.12242')}",
                  "项目主页：https://dreambooth.github.io/",
                  "一句话：用 3~5 张图片 + 一个稀有词把特定主体“绑定”到模型里，配合先验保持损失防止语言漂移。"]),
  ("InstructPix2Pix", [f"论文：{T('2211.09800')}",
                       "论文地址：https://arxiv.org/abs/2211.09800v2",
                       "一句话：用 GPT-3 + Prompt-to-Prompt 造数据，训练一个按文字指令改图的模型。"]),
 ]),
 ("五、从 2D 到 3D", [
  ("Zero-1-to-3", [f"【{T('2303.11328')}】（ICCV 2023）",
                   "项目主页：https://zero123.cs.columbia.edu/",
                   "一句话：给一张图片和相机视角变化，生成新视角的图像，是后面很多单图生成 3D 工作的基础。"]),
 ]),
]
CODE = ["python", "运行",
        "import torch",
        "from diffusers import StableDiffusionControlNetPipeline, ControlNetModel",
        "",
        "controlnet = ControlNetModel.from_pretrained(\"lllyasviel/sd-controlnet-canny\", torch_dtype=torch.float16)",
        "pipe = StableDiffusionControlNetPipeline.from_pretrained(",
        "    \"runwayml/stable-diffusion-v1-5\", controlnet=controlnet, torch_dtype=torch.float16",
        ").to(\"cuda\")",
        "image = pipe(\"a cozy reading room, warm light\", image=canny_image, num_inference_steps=20).images[0]"]

n = 0
body = []
for head, items in SECTIONS:
    body += [head, ""]
    for short, lines in items:
        n += 1
        body += [f"{n}. {short}"] + lines + [""]
        if short == "ControlNet":
            body += CODE + [""]
toc = ["前言"] + [h for h, _ in SECTIONS] + ["总结"]
text = "\n".join([
 "CSDN首页", "博客", "下载", "学习", "社区", "GitCode", "InsCode", "会议", "搜索", "登录", "会员中心", "消息", "历史", "创作中心", "发布", "",
 f"扩散模型入门必读的{n}篇论文（附论文地址和代码）：从 GAN 到 ControlNet",
 "",
 "最新推荐文章于 2024-03-21 15:02:11 发布",
 f"原创 {AUTHOR} 于 2024-03-05 21:47:18 发布",
 "阅读量2.3k 收藏 87 点赞数 41",
 "分类专栏： AIGC 扩散模型 文章标签： 人工智能 深度学习 stable diffusion 论文阅读",
 "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。",
 "本文链接：https://blog.csdn.net/weixin_45213872/article/details/136487321",
 "AIGC 专栏收录该内容", "12 篇文章 3 订阅", "订阅专栏", "",
 "文章目录", *toc, "",
 "前言", "",
 "最近组里让我整理一份扩散模型的入门论文清单，顺手发出来。按时间和主题排了一下，每篇后面写了一句话总结，"
 "有论文地址的都贴了（有些只有项目主页）。Stable Diffusion（LDM）、Imagen、SDXL 这些大家都熟，这次没放进来。",
 "有问题欢迎评论区交流～", "",
 *body,
 "总结", "",
 f"以上 {n} 篇基本覆盖了扩散模型从原理到应用的主线。建议阅读顺序：先读 2、3 两篇把原理搞懂，再按兴趣看后面的。"
 "实践方面推荐直接用 Hugging Face 的 diffusers 库，WebUI（AUTOMATIC1111）也可以装 ControlNet 插件体验。",
 "下一篇准备整理视频生成的论文，感兴趣的可以关注一下～", "",
 "文章知识点与官方知识档案匹配，可进一步学习相关知识",
 "Python入门技能树人工智能深度学习 412953 人正在系统学习中", "",
 AUTHOR, "关注", "41", "点赞", "踩", "87", "收藏", "觉得还不错? 一键收藏", "3", "评论", "分享", "复制链接", "分享到 QQ",
 "分享到新浪微博", "扫一扫", "打赏", "举报", "",
 "3 条评论", "热门评论", "",
 "m0_73892156", "2024.03.06", "IP 属地浙江", "写得很清楚，收藏了！请问 DDPM 的公式推导有推荐的视频吗？", "",
 AUTHOR, "作者", "2024.03.06", "IP 属地北京", "回复 m0_73892156：B站搜“DDPM 公式推导”，有好几个讲得不错的。", "",
 "qq_41876542", "2024.03.08", "IP 属地广东", "ControlNet 那段代码里的 canny_image 需要自己先用 OpenCV 生成边缘图哦", "",
 "相关推荐", "",
 "Stable Diffusion 原理详解（附代码实现）", "博客 · 2023-11-14 · 1.6w 阅读",
 "扩散模型 (Diffusion Model) 详细推导：从零开始理解加噪与去噪", "博客 · 2023-06-02 · 9874 阅读",
 "AIGC 入门：ControlNet 插件安装与使用教程（WebUI 版）", "博客 · 2024-01-19 · 5312 阅读", "",
])
write_only(F404, text, keys(F404))
