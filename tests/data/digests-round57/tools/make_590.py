#!/usr/bin/env python3
"""590: Mathpix Markdown (.mmd) as Mathpix's PDF conversion writes it for a Chinese master's-thesis chapter
(\\section*{} headings, $…$ / $$…$$ math with \\tag, cropped-image links on cdn.mathpix.com, a \\begin{tabular}
table, footnotes [^1], references as one numbered paragraph each, \\title / \\author). Diffusion models."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F590, keys

IMG = "https://cdn.mathpix.com/cropped/2024_03_19_5c0f7a1d2e9b84d36a1fg-{p:02d}.jpg?height={h}&width={w}&top_left_y={y}&top_left_x={x}"
text = f"""\\title{{
第二章 扩散生成模型的理论基础与研究现状
}}

\\author{{
（硕士学位论文初稿 · 仅供课题组内部讨论）
}}

\\section*{{2.1 引言}}

近年来，以扩散模型为代表的生成模型在图像、音频与三维内容生成等任务上取得了显著进展。本章首先回顾扩散模型的起源与数学形式，随后介绍其采样加速与条件引导方法，最后讨论其在文本到图像与新视角合成中的应用。为便于比较，本章统一采用文献 [3] 的记号。

\\section*{{2.2 生成对抗网络与早期工作}}

在扩散模型出现之前，图像生成的主流方法是生成对抗网络。Goodfellow 等人在《{T("1406.2661")}》 ${{ }}^{{[1]}}$ 中提出以生成器与判别器的极小极大博弈来学习数据分布:

$$
\\min _{{G}} \\max _{{D}} \\mathbb{{E}}_{{x \\sim p_{{\\text {{data }}}}}}[\\log D(x)]+\\mathbb{{E}}_{{z \\sim p_{{z}}}}[\\log (1-D(G(z)))]
\\tag{{2.1}}
$$

然而 GAN 训练不稳定、易出现模式崩塌 ${{ }}^{{[2]}}$ 。与之相对，Sohl-Dickstein 等人于 2015 年提出的非平衡热力学方法 ${{ }}^{{[3]}}$ 通过逐步加噪与学习逆过程来建模数据分布，奠定了扩散模型的基础。

![](""" + IMG.format(p=3, h=412, w=1180, y=1506, x=402) + f""")

图 2-1 扩散模型的前向加噪过程与反向去噪过程示意图

\\section*{{2.3 基于分数的生成模型}}

Song 与 Ermon ${{ }}^{{[4]}}$ 从分数匹配的角度出发，利用不同噪声尺度下的 Langevin 动力学进行采样。记 $s_{{\\theta}}(\\mathbf{{x}}, \\sigma)$ 为噪声条件分数网络，其训练目标为

$$
\\ell(\\theta ; \\sigma) \\triangleq \\frac{{1}}{{2}} \\mathbb{{E}}_{{p_{{\\text {{data }}}}(\\mathbf{{x}})}} \\mathbb{{E}}_{{\\tilde{{\\mathbf{{x}}}} \\sim \\mathcal{{N}}\\left(\\mathbf{{x}}, \\sigma^{{2}} I\\right)}}\\left[\\left\\|s_{{\\theta}}(\\tilde{{\\mathbf{{x}}}}, \\sigma)+\\frac{{\\tilde{{\\mathbf{{x}}}}-\\mathbf{{x}}}}{{\\sigma^{{2}}}}\\right\\|_{{2}}^{{2}}\\right]
\\tag{{2.2}}
$$

\\section*{{2.4 采样加速与条件引导}}

DDPM 的采样通常需要上千步。DDIM ${{ }}^{{[5]}}$ 将前向过程推广为非马尔可夫过程，可在 50 步左右获得质量相近的样本。Dhariwal 与 Nichol ${{ }}^{{[6]}}$ 改进了网络结构并引入分类器引导，首次在 ImageNet 上全面超越 BigGAN；Ho 与 Salimans ${{ }}^{{[7]}}$ 则提出无需额外分类器的引导方式:

$$
\\tilde{{\\epsilon}}_{{\\theta}}\\left(\\mathbf{{z}}_{{\\lambda}}, \\mathbf{{c}}\\right)=(1+w) \\epsilon_{{\\theta}}\\left(\\mathbf{{z}}_{{\\lambda}}, \\mathbf{{c}}\\right)-w \\epsilon_{{\\theta}}\\left(\\mathbf{{z}}_{{\\lambda}}\\right)
\\tag{{2.3}}
$$

表 2-1 代表性方法在 ImageNet $256 \\times 256$ 上的结果（摘自原文）

\\begin{{tabular}}{{|l|c|c|c|}}
\\hline 方法 & 采样步数 & FID $\\downarrow$ & 是否需要分类器 \\\\
\\hline BigGAN-deep & 1 & 6.95 & 否 \\\\
\\hline ADM & 250 & 10.94 & 否 \\\\
\\hline ADM-G & 250 & 4.59 & 是 \\\\
\\hline LDM-4-G（无分类器引导） & 250 & 3.60 & 否 \\\\
\\hline
\\end{{tabular}}

\\section*{{2.5 应用：文本到图像与新视角合成}}

DALL·E 2 ${{ }}^{{[8]}}$ 以 CLIP 图像嵌入为中间表示，先由先验模型生成图像嵌入，再由扩散解码器生成图像。Zero-1-to-3 ${{ }}^{{[9]}}$ 将大规模预训练的扩散模型微调为以相机视角为条件的模型，实现了单张图像的新视角合成 [^1]。

![](""" + IMG.format(p=5, h=538, w=1226, y=288, x=381) + f""")

图 2-2 单图新视角合成示例（改绘自文献 [9]）

[^1]:    本节的实验复现基于 diffusers 库与 Stable Diffusion v1.5 权重，相关代码见课题组 GitLab 仓库 thesis-2024/ch2-experiments。

\\section*{{参考文献}}

[1] Goodfellow I J, Pouget-Abadie J, Mirza M, et al. {T("1406.2661")}[C]//Advances in Neural Information Processing Systems 27. 2014: 2672-2680.

[2] Goodfellow I, Bengio Y, Courville A. Deep Learning[M]. Cambridge: MIT Press, 2016.

[3] Sohl-Dickstein J, Weiss E A, Maheswaranathan N, et al. {T("1503.03585")}[C]//Proceedings of the 32nd International Conference on Machine Learning. PMLR, 2015: 2256-2265.

[4] Song Y, Ermon S. {T("1907.05600")}[C]//NeurIPS. 2019. https://arxiv.org/abs/1907.05600

[5] Song J, Meng C, Ermon S. {T("2010.02502")}[C]//International Conference on Learning Representations. 2021. https://openreview.net/forum?id=St1giarCHLP

[6] Dhariwal P, Nichol A. {T("2105.05233")}[J]. arXiv preprint arXiv:2105.05233, 2021.

[7] Ho J, Salimans T. {T("2207.12598")}[EB/OL]. (2022-07-26). https://arxiv.org/abs/2207.12598

[8] Ramesh A, Dhariwal P, Nichol A, et al. {T("2204.06125")}[R]. OpenAI, 2022.

[9] Liu R, Wu R, Van Hoorick B, et al. {T("2303.11328")}[C]//Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV). 2023: 9298-9309.
"""
write_only(F590, text, keys(F590))
