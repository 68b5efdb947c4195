#!/usr/bin/env python3
"""352: a CSDN blog post (Chinese, Simplified) as its Markdown editor exports it, with the page chrome the author
pasted along (breadcrumb, "原创" badge, 已于 … 修改, 阅读量, 收藏, 点赞数, 分类专栏, 文章标签, the CC 4.0 BY-SA 版权声明,
本文链接, 目录 with [TOC]-style links, "相关推荐" at the end). Not the dev set's WeChat weekly or Zhihu answer: numbered
sections 一、二、…, each paper as "论文：" + English title and "地址：" + link, a quoted blurb, a summary table, code spans
for WebUI settings. Papers: arXiv abs / pdf links (link), "arXiv:ID" (arxiv-text), titles in 《》 or after
"论文：" without a link (title-only). Stable Diffusion WebUI, ComfyUI, Civitai models, LoRA files as products,
other CSDN posts under 相关推荐 and the author's column are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F352, keys

text = f"""首页 › AIGC › 正文

# AIGC 图像编辑与个性化：从 Stable Diffusion 到 SD3，我读过的 9 篇关键论文（附实践笔记）

原创　[炼丹小白鹿](https://blog.example.net/u/xiaobailu)　已于 2024-04-06 22:18:41 修改　阅读量 1.3w　收藏 412　点赞数 87

分类专栏：[AIGC 实战](https://blog.example.net/u/xiaobailu/category_12.html)　文章标签：stable diffusion　AIGC　深度学习　论文阅读

版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。
本文链接：https://blog.example.net/xiaobailu/article/details/137481926

---

**目录**

- [前言](#前言)
- [一、底座：潜空间扩散](#一底座潜空间扩散)
- [二、文本引导从哪来](#二文本引导从哪来)
- [三、个性化：让模型记住“你的猫”](#三个性化让模型记住你的猫)
- [四、可控生成与指令编辑](#四可控生成与指令编辑)
- [五、新一代底座：SDXL 与 SD3](#五新一代底座sdxl-与-sd3)
- [总结](#总结)

## 前言

最近在公司做电商海报生成，WebUI 和 ComfyUI 都用了小半年。很多参数（比如 `CFG Scale`、`Denoising strength`）一直是凭感觉调，
这次下决心把背后的论文捋一遍。下面按“底座 → 引导 → 个性化 → 控制 → 新底座”的顺序整理，每篇给出论文标题和地址，方便大家收藏。

## 一、底座：潜空间扩散

论文：{T('2112.10752')}
地址：https://arxiv.org/abs/2112.10752

> 在 VAE 的潜空间里做扩散，而不是在像素空间里，这就是 Stable Diffusion 能在消费级显卡上跑起来的原因。

实践笔记：VAE 换成 `vae-ft-mse-840000` 之后，人脸和文字的细节明显好了一些。

## 二、文本引导从哪来

WebUI 里的 `CFG Scale` 来自 Ho 和 Salimans 的《{T('2207.12598')}》。不需要额外训练分类器，训练时随机丢掉文本条件，采样时把有条件和无条件的预测做外推即可。
我的经验值：人像 5～7，海报文字 7～9，再高就容易过饱和。

顺带一提，OpenAI 的 DALL·E 2 论文《{T('2204.06125')}》走的是另一条路（先生成 CLIP 图像嵌入再解码），
可以对比着读，理解“先验 + 解码器”的两阶段设计。

## 三、个性化：让模型记住“你的猫”

1. 论文：{T('2208.01618')}
   只学一个新的词向量，文件只有几 KB，适合做风格。

2. 论文：{T('2208.12242')}
   地址：https://arxiv.org/pdf/2208.12242.pdf
   微调整个 UNet，配合类别先验保持损失（prior preservation loss），3～5 张图就能记住一个主体。我们做商品图主要靠它 + LoRA。

> 注意：Civitai 上下载的 LoRA 模型文件不是论文，这里不展开。

## 四、可控生成与指令编辑

**ControlNet**，论文：{T('2302.05543')}（arXiv:2302.05543，ICCV 2023 最佳论文之一）。
“零卷积”把条件分支接到冻结的 UNet 上，Canny、深度图、OpenPose 都能用。海报排版我们用的是 Canny + 涂鸦。

**InstructPix2Pix**：《{T('2211.09800')}》。
用 GPT-3 和 Prompt-to-Prompt 合成“编辑指令—编辑前—编辑后”三元组来训练，一句“把天空换成晚霞”就能改图，适合运营同学用。

## 五、新一代底座：SDXL 与 SD3

- {T('2307.01952')}：更大的 UNet、两个文本编码器，再加一个 refiner。1024×1024 出图是默认。
- {T('2403.03206')}，地址：https://arxiv.org/abs/2403.03206v1
  也就是 SD3 的技术报告：Rectified Flow + MMDiT，文字渲染终于能用了。

## 总结

| 阶段 | 推荐先读 | 难度 |
| --- | --- | --- |
| 底座 | LDM | ★★★ |
| 引导 | CFG | ★★ |
| 个性化 | Textual Inversion / DreamBooth | ★★ |
| 控制 | ControlNet | ★★★ |

有问题欢迎评论区交流，觉得有用的话点个赞 👍 再走～

---

**相关推荐**

- Stable Diffusion WebUI 保姆级安装教程（Windows + 4060）　阅读量 5.2w
- ComfyUI 工作流分享：电商白底图一键换背景　阅读量 2.1w
- 【踩坑记录】xformers 与 torch 2.1 版本不匹配的解决办法　阅读量 8k

[炼丹小白鹿](https://blog.example.net/u/xiaobailu)　关注　　87 点赞　　412 收藏　　23 评论
"""
write_only(F352, text, keys(F352))
