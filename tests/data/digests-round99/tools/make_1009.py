#!/usr/bin/env python3
"""1009: the source of one post of a Chinese Guile hacker's blog built with Haunt: a `.sxml` post file as Haunt's
sxml reader loads it — a `(use-modules (haunt utils))` line, then a quasiquoted alist with `title`, `date`
(`,(string->date* "…")`), `tags`, `summary` and `content`, the content written as SXML by hand in Emacs (elements as
lists, attributes under `@`, Guile string escapes). A reading route through diffusion and generative models with one
opinion per paper. Lilian Weng's blog post, the openai/guided-diffusion repository, the diffusers documentation and
Haunt's own page are not papers; "DDPM", "SD3", "LSGM" and "MMDiT" are nicknames."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys

F = by_num(1009)
K = dict(sohl="1503.03585", adm="2105.05233", sd3="2403.03206", ddim="2010.02502", cfg="2207.12598",
         lsgm="2106.05931", zero123="2303.11328", blip2="2301.12597")
S = r''';;; -*- mode: scheme; coding: utf-8 -*-
;;; posts/2024-03-10-diffusion-reading.sxml —— 改动后记得 `haunt build` 再 `haunt serve --watch` 看效果
(use-modules (haunt utils))

`((title . "扩散模型入门：我的八篇阅读路线")
  (date . ,(string->date* "2024-03-10 21:30"))
  (tags "扩散模型" "读论文" "生成模型")
  (summary . "组里开始做文生图，把这几周读过的扩散模型论文按“读懂下一篇需要什么”的顺序整理了一遍。")
  (content
   ((p "上个月组里开始做文生图，我把这几周读过的论文按顺序整理了一下。顺序不是按年份，"
       "而是按“读懂下一篇需要什么”排的，每篇后面附一句我自己的看法。")
    (p "开始之前先推荐一篇博客（不是论文）："
       (a (@ (href "https://lilianweng.github.io/posts/2021-07-11-diffusion-models/"))
          "Lilian Weng 的 What are Diffusion Models?")
       "，公式推导是我见过最清楚的。")

    (h2 "一、起点")
    (ol
     (li (a (@ (href "https://arxiv.org/abs/1503.03585"))
            "[[T:sohl]]")
         " —— Sohl-Dickstein 等，ICML 2015。扩散模型真正的源头：前向逐步加噪、学习反向过程，"
         "框架在这里就已经完整了，只是当年几乎没人注意。")
     (li (em "[[T:ddim]]")
         "（Song, Meng, Ermon，ICLR 2021）。"
         (a (@ (href "https://openreview.net/forum?id=St1giarCHLP")) "OpenReview 页面")
         "上的审稿意见值得一看。它把采样步数从 1000 降到 50 左右，而且 DDPM 训练好的模型可以直接拿来用。"))

    (h2 "二、质量超过 GAN")
    (ol (@ (start "3"))
     (li (a (@ (href "https://arxiv.org/abs/2105.05233")) "[[T:adm]]")
         "，Dhariwal & Nichol。classifier guidance 的出处，附录里的网络结构细节很有用。代码在 "
         (a (@ (href "https://github.com/openai/guided-diffusion")) (code "openai/guided-diffusion"))
         "（仓库，不是论文）。")
     (li "[[T:cfg]]（Ho & Salimans，arXiv:2207.12598）："
         "不需要额外训练分类器，条件模型和无条件模型一起训练，采样时做线性外推。"
         "现在几乎所有文生图模型都在用，核心就一行："
         (pre (code "eps = eps_uncond + w * (eps_cond - eps_uncond)   ; w 一般取 5 ~ 7.5"))))

    (h2 "三、潜空间与规模")
    (ol (@ (start "5"))
     (li "[[T:lsgm]]"
         "（LSGM，NVIDIA，NeurIPS 2021）—— 在 VAE 的潜空间里做 score matching。"
         "思路和 Stable Diffusion 不完全一样，但比它早，推导也更“干净”。")
     (li (a (@ (href "https://arxiv.org/pdf/2403.03206"))
            "[[T:sd3]]")
         " —— 也就是 SD3 的技术报告：rectified flow 的噪声采样改进 + MMDiT。这周刚出，还没读完。"))

    (h2 "四、走出二维")
    (ol (@ (start "7"))
     (li (strong "[[T:zero123]]")
         "：把扩散模型微调成“给定相机变换生成新视角”，一张图就能生成物体的其它角度，可以接 3D 重建。")
     (li "[[T:blip2]]"
         " —— 严格说不是扩散模型。但我们清洗训练数据时用它给图片重新生成描述（\"recaption\"），"
         "效果直接影响文生图的质量，所以也放在这里。"))

    (blockquote
     (p "导师的原话：“先把 DDPM 的损失函数自己推一遍，再去看别的。”"))

    (p "工具方面我直接用 "
       (a (@ (href "https://huggingface.co/docs/diffusers/index")) "diffusers 的文档")
       "（文档，不是论文）里的例子改。下一篇打算写 LoRA 微调，欢迎在 "
       (a (@ (href "mailto:linxiao@yedu.example")) "邮件")
       "里推荐论文。")
    (hr)
    (p (small "本站用 "
              (a (@ (href "https://dthompson.us/projects/haunt.html")) "Haunt")
              " 生成，源文件放在自己的 Git 服务器上。")))))
'''
text = fill(S, K)
write_only(F, text, keys(F))
