#!/usr/bin/env python3
"""484: a V2EX topic copied from the browser (Ctrl+A, Ctrl+C): the node breadcrumb "V2EX › 机器学习", the title,
"作者 · 时间 · N 次点击", the Markdown body, "第 1 条附言", the action row (加入收藏 / Tweet / 忽略主题 / 感谢), "N 条回复 •
最后回复时间", and numbered replies with timestamps "+08:00", "via iPhone / Android", ❤️ counts and @mentions, then the
reply box and the footer. Chinese. Diffusion, flows, VAEs and other generative models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F484, keys

t = T
replies = [
 ("nullpointer_cat", "2024-03-18 21:10:33", "via iPhone", 2, "先把 GAN 的原始论文读了吧，《" + t('1406.2661') + "》，2014 年 NeurIPS（当年还叫 NIPS），十页不到，读完再看扩散会有对比。"),
 ("sunflower_lab", "2024-03-18 21:15:02", "", 0, "@nullpointer_cat 这篇读过了，主要是后面扩散那一堆不知道先后顺序"),
 ("qiaomai", "2024-03-18 21:32:47", "", 5, f"score-based 那条线建议从宋飏的 {t('1907.05600')} 开始（NeurIPS 2019，NCSN），然后再看 SDE 那篇。作者博客写得非常好，但博客不是论文，别引用错了。"),
 ("wanderer42", "2024-03-18 22:01:19", "via Android", 1, f"隐空间那条线：{t('2106.05931')}，arXiv 号 2106.05931，NVIDIA 的 LSGM。代码在 NVlabs/LSGM，训练很吃显存，4 张 3090 跑不动 CIFAR 以外的。"),
 ("kuroneko_dev", "2024-03-18 23:44:05", "", 0, "收藏了，同求顺序"),
 ("qiaomai", "2024-03-19 00:12:38", "", 3, f"补充一个少步采样的：{t('2303.01469')}（ICML 2023），OpenAI 的，一步/两步出图。官方代码 openai/consistency_models。"),
 ("liuyun_ai", "2024-03-19 08:55:21", "via iPhone", 4, f"楼主要是做 3D 的话，{t('2303.11328')}（ICCV 2023）必看，单图到新视角，哥大那边的，项目页 zero123.cs.columbia.edu 有 demo。"),
 ("sunflower_lab", "2024-03-19 09:03:10", "", 0, "@liuyun_ai 谢谢！正好组里下学期可能要做单目重建"),
 ("bitflip", "2024-03-19 10:40:56", "", 1, f"VAE 那条线可以看一眼 {t('2010.02014')}，当时投的 ICLR 2021，评审意见挺有意思的：https://openreview.net/forum?id={OR('2010.02014')} 。不过说实话 VAE 现在主要是给扩散当 autoencoder 用了。"),
 ("ayanami_rei", "2024-03-19 13:27:44", "", 2, "推荐 B 站李宏毅的扩散模型课，视频不是论文但入门很快。还有 diffusers 的文档，跟着跑一遍 pipeline。"),
 ("moonlit_gpu", "2024-03-20 11:08:09", "via Android", 0, "已经有人说全了。补一句：别一上来就读 SD3，先把 DDPM/DDIM/LDM 三篇吃透（这三篇楼主正文里说读过了就当我没说）"),
 ("kuroneko_dev", "2024-03-20 14:22:10", "", 0, "@moonlit_gpu 楼主正文里写了，DDPM 那几篇读过了"),
]
head = f"""V2EX  ›  机器学习

求推荐：想系统补生成模型（扩散 / flow / VAE）的论文，有没有靠谱的阅读顺序？

sunflower_lab · 2024-03-18 21:04:51 +08:00 · 3217 次点击

研二，方向原来是检测，导师让下学期转生成。DDPM、DDIM、LDM 这几篇已经读过了，卡在后面不知道怎么排。目前手上的清单：

1. {t('2204.06125')}（DALL·E 2，unCLIP）https://arxiv.org/abs/2204.06125
2. {t('2403.03206')}（SD3，rectified flow + MM-DiT）https://arxiv.org/pdf/2403.03206
3. 另外 Stability 的技术博客和 HuggingFace 上的 model card 也在看（这些不算论文）

想问：
- score-based / SDE 那条线要不要补？
- VAE 现在还值得单独看吗？
- 有没有少步采样的推荐？

实验室只有 4 张 3090，太大的复现就算了 🙏

第 1 条附言  ·  2024-03-19 09:12:03 +08:00
感谢各位，已经整理成表格放在组里的飞书文档了。再问一句：有没有人复现过 SD3 的小模型？

加入收藏   Tweet   忽略主题   感谢

{len(replies)} 条回复  •  {replies[-1][1]} +08:00
"""
body = []
for i, (u, ts, via, likes, c) in enumerate(replies, 1):
    line = f"{u}    {ts} +08:00" + (f" {via}" if via else "") + (f"    ❤️ {likes}" if likes else "")
    body.append(f"{line}\n{i}\n{c}\n")
foot = """
添加一条新回复
请尽量让自己的回复能够对别人有帮助

关于 · 帮助文档 · 自助推广系统 · 博客 · API · FAQ · Solana · 2345 人在线   最高记录 6679   ·
创意工作者们的社区
World is powered by solitude
VERSION: 3.9.8.5 · 22ms · UTC 06:22 · PVG 14:22 · LAX 23:22 · JFK 02:22
♥ Do have faith in what you're doing.
"""
text = head + "\n" + "\n".join(body) + foot
write_only(F484, text, keys(F484))
