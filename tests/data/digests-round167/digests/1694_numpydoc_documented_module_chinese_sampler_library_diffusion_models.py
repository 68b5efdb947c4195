"""扩散模型采样工具（实验室内部库 ``kuosan.sampling``）。

本模块收集组里常用的采样器：DDPM 祖先采样、基于 SDE 的预测-校正采样、一致性模型的单步/多步采样，
以及 ControlNet 与 SDXL 所需的条件构造。训练代码在 ``kuosan.train``，这里只做推理。

维护：陈思远（2024 年 3 月）。改动请先在组会上说明，并同步更新 ``docs/sampling.md``。
"""
from __future__ import annotations

import math

import torch

__all__ = ["ddpm_step", "predictor_corrector", "consistency_sample", "apply_control",
           "sdxl_micro_conditioning", "load_personalization", "fast_vocoder_schedule"]


def ddpm_step(x_t, t, eps_model, betas, generator=None):
    """DDPM 祖先采样的一步：由 x_t 得到 x_{t-1}。

    Parameters
    ----------
    x_t : torch.Tensor
        当前时刻的样本，形状为 (B, C, H, W)。
    t : int
        当前时间步，取值 0, ..., T-1。
    eps_model : callable
        噪声预测网络 eps(x_t, t)。
    betas : torch.Tensor
        长度为 T 的方差表。
    generator : torch.Generator, optional
        随机数发生器，用于复现结果。

    Returns
    -------
    torch.Tensor
        x_{t-1}，形状与 ``x_t`` 相同。

    Notes
    -----
    方差取 sigma_t^2 = beta_t，即 [1]_ 中的第一种选择；t = 0 时不加噪声。

    References
    ----------
    .. [1] J. Ho, A. Jain, P. Abbeel, "Denoising Diffusion Probabilistic Models",
       NeurIPS 2020. https://arxiv.org/abs/2006.11239
    """
    alphas = 1.0 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    eps = eps_model(x_t, t)
    mean = (x_t - betas[t] / torch.sqrt(1.0 - alpha_bar[t]) * eps) / torch.sqrt(alphas[t])
    if t == 0:
        return mean
    noise = torch.randn(x_t.shape, generator=generator, device=x_t.device)
    return mean + torch.sqrt(betas[t]) * noise


def predictor_corrector(x, sde, score_fn, n_steps, snr=0.16):
    """反向 SDE 的预测-校正采样（Euler-Maruyama 预测 + Langevin 校正）。

    Parameters
    ----------
    x : torch.Tensor
        初始噪声样本。
    sde : object
        提供 ``drift``、``diffusion`` 与 ``T`` 的 SDE 对象（VP 或 VE）。
    score_fn : callable
        分数网络 s(x, t)。
    n_steps : int
        离散步数。
    snr : float, optional
        Langevin 校正的信噪比，默认 0.16（CIFAR-10 上的取值）。

    Returns
    -------
    torch.Tensor
        采样结果。

    References
    ----------
    .. [1] Y. Song, J. Sohl-Dickstein, D. P. Kingma, A. Kumar, S. Ermon, B. Poole,
       "Score-Based Generative Modeling through Stochastic Differential Equations",
       ICLR 2021. https://arxiv.org/pdf/2011.13456.pdf
    """
    dt = -sde.T / n_steps
    for i in range(n_steps):
        t = sde.T + i * dt
        g = score_fn(x, t)
        step = 2 * (snr * x.norm() / g.norm()) ** 2
        x = x + step * g + torch.sqrt(2 * step) * torch.randn_like(x)
        x = x + (sde.drift(x, t) - sde.diffusion(t) ** 2 * score_fn(x, t)) * dt
        x = x + sde.diffusion(t) * math.sqrt(-dt) * torch.randn_like(x)
    return x


def consistency_sample(model, shape, sigmas=(80.0,), sigma_min=0.002):
    """一致性模型采样：默认单步；给出多个 sigma 时做多步采样（论文算法 1）。

    Parameters
    ----------
    model : callable
        一致性函数 f(x, sigma)。
    shape : tuple of int
        输出形状。
    sigmas : tuple of float, optional
        递减的噪声水平，第一个为 sigma_max。
    sigma_min : float, optional
        最小噪声水平。

    Returns
    -------
    torch.Tensor
        生成的样本。

    References
    ----------
    .. [1] Y. Song, P. Dhariwal, M. Chen, I. Sutskever, "Consistency Models",
       ICML 2023. arXiv:2303.01469
    """
    x = model(torch.randn(shape) * sigmas[0], sigmas[0])
    for s in sigmas[1:]:
        z = torch.randn(shape)
        x = model(x + math.sqrt(s ** 2 - sigma_min ** 2) * z, s)
    return x


def apply_control(residuals, hint_features, scale=1.0):
    """把 ControlNet 分支的输出加到 UNet 的跳连特征上。

    Parameters
    ----------
    residuals : list of torch.Tensor
        UNet 编码器各层的跳连特征。
    hint_features : list of torch.Tensor
        ControlNet 分支（零卷积之后）的输出，与 ``residuals`` 一一对应。
    scale : float, optional
        控制强度，0 表示不加控制。

    Returns
    -------
    list of torch.Tensor
        加入控制后的特征。

    References
    ----------
    .. [1] L. Zhang, A. Rao, M. Agrawala, "Adding Conditional Control to Text-to-Image Diffusion Models",
       ICCV 2023. https://arxiv.org/abs/2302.05543
    """
    return [r + scale * h for r, h in zip(residuals, hint_features)]


def sdxl_micro_conditioning(original_size, crop_coords, target_size):
    """构造 SDXL 的尺寸与裁剪微条件（6 个整数，送入傅里叶特征编码）。

    Parameters
    ----------
    original_size : tuple of int
        原图 (高, 宽)。
    crop_coords : tuple of int
        裁剪左上角 (top, left)；推理时一般取 (0, 0)。
    target_size : tuple of int
        目标 (高, 宽)。

    Returns
    -------
    torch.Tensor
        形状为 (6,) 的整数张量。

    References
    ----------
    .. [1] D. Podell, Z. English, K. Lacey et al., "SDXL: Improving Latent Diffusion Models for High-Resolution Image Synthesis",
       ICLR 2024. https://arxiv.org/abs/2307.01952v1
    """
    return torch.tensor([*original_size, *crop_coords, *target_size], dtype=torch.long)


def load_personalization(path, token="<sks>"):
    """加载个性化权重：文本反演的嵌入（``.pt``）或 DreamBooth 微调后的 UNet（``.safetensors``）。

    Parameters
    ----------
    path : str
        权重文件路径。
    token : str, optional
        新词的占位符。

    Returns
    -------
    dict
        ``{"kind": ..., "state": ..., "token": ...}``。

    Notes
    -----
    嵌入文件按 [1]_ 的做法只含一个词向量；UNet 权重按 [2]_ 微调，需要配合类别先验保持损失训练的版本。

    References
    ----------
    .. [1] R. Gal, Y. Alaluf, Y. Atzmon et al., "An Image is Worth One Word: Personalizing Text-to-Image Generation using Textual Inversion", ICLR 2023.
    .. [2] N. Ruiz, Y. Li, V. Jampani et al., "DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation", CVPR 2023.
    """
    kind = "embedding" if path.endswith(".pt") else "unet"
    return {"kind": kind, "state": torch.load(path, map_location="cpu"), "token": token}


def fast_vocoder_schedule(n_steps=6):
    """语音声码器的快速采样方差表（给语音组用，默认 6 步）。

    Parameters
    ----------
    n_steps : int, optional
        采样步数，只支持 6。

    Returns
    -------
    list of float
        beta 表。

    Notes
    -----
    数值抄自 [1]_ 附录中的快速采样表，其他步数请自行搜索。

    References
    ----------
    .. [1] Z. Kong, W. Ping, J. Huang, K. Zhao, B. Catanzaro, "DiffWave: A Versatile Diffusion Model for Audio Synthesis", ICLR 2021.
    """
    if n_steps != 6:
        raise ValueError("只支持 6 步")
    return [0.0001, 0.001, 0.01, 0.05, 0.2, 0.5]
