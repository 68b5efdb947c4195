#!/usr/bin/env python3
"""472: a Dockerfile (multi-stage, BuildKit syntax line) for a lab's diffusion-model benchmark image, with Chinese
comments that say which paper each stage's code or default reproduces: ARG / FROM / ENV / RUN with heredoc-free
"&& \\" chains, LABEL (OCI annotations), COPY --from, HEALTHCHECK, USER, ENTRYPOINT / CMD. Papers: arXiv abs / pdf
URLs (link), an OpenReview forum URL (link), "arXiv:ID" in comments (arxiv-text), titles in 《》 after repository or
project-page URLs and in prose (title-only). Not papers: diffusers, the k-diffusion / guided-diffusion / textual
inversion repositories, the CUDA base image, a Hugging Face model card, the internal wiki, the FID tool."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F472, keys

text = f"""# syntax=docker/dockerfile:1.6
# ---------------------------------------------------------------------------------------------------------------
# diffbench: 扩散模型评测镜像（组内使用）
# 维护：视觉生成组 <gen-infra@lab.example.cn>；构建说明见内部 wiki「diffbench / 镜像构建」
#
# 镜像里每个 sampler / 训练脚本对应的论文都写在对应的 stage 注释里，改默认超参之前先读原文。
#   docker buildx build --build-arg TORCH_VER=2.2.2 -t registry.lab.example.cn/gen/diffbench:2024.05 .
# ---------------------------------------------------------------------------------------------------------------

ARG CUDA_VER=12.1.1
ARG UBUNTU_VER=22.04
ARG TORCH_VER=2.2.2
ARG PY_VER=3.10

############################ stage 0: base ############################
FROM nvidia/cuda:${{CUDA_VER}}-cudnn8-devel-ubuntu${{UBUNTU_VER}} AS base

ENV DEBIAN_FRONTEND=noninteractive \\
    TZ=Asia/Shanghai \\
    PIP_NO_CACHE_DIR=1 \\
    PIP_INDEX_URL=https://mirrors.example.cn/pypi/simple \\
    HF_HOME=/cache/hf \\
    TORCH_CUDA_ARCH_LIST="8.0;8.6;9.0"

RUN sed -i 's@//archive.ubuntu.com@//mirrors.example.cn@g' /etc/apt/sources.list && \\
    apt-get update && apt-get install -y --no-install-recommends \\
        python${{PY_VER}} python3-pip python${{PY_VER}}-dev git git-lfs wget ca-certificates \\
        libgl1 libglib2.0-0 ffmpeg tzdata && \\
    ln -sf /usr/bin/python${{PY_VER}} /usr/bin/python && \\
    rm -rf /var/lib/apt/lists/*

RUN pip install torch==${{TORCH_VER}} torchvision --index-url https://download.pytorch.org/whl/cu121 && \\
    pip install diffusers==0.27.2 transformers==4.40.1 accelerate==0.29.3 xformers==0.0.25.post1 \\
        einops omegaconf safetensors clean-fid==0.1.35 torchmetrics open_clip_torch

############################ stage 1: DDPM / score-based 基线 ############################
FROM base AS baselines

# DDPM：训练目标（预测噪声 ε）、线性 beta schedule（1e-4 → 0.02，T=1000）都按原文默认
#   {T("2006.11239")}
#   https://arxiv.org/abs/2006.11239
# NCSN（退火 Langevin 采样），sigma 几何序列 σ1=50 → σL=0.01，L=232 是 CelebA 的设置：
#   《{T("1907.05600")}》 arXiv:1907.05600 （NeurIPS 2019）
# SDE 框架（VE / VP / sub-VP SDE，predictor-corrector 采样器，probability flow ODE）：
#   {T("2011.13456")}，ICLR 2021 oral
#   https://openreview.net/forum?id={OR("2011.13456")}
#   官方代码是 JAX 的（score_sde），这里用的是组里移植的 PyTorch 版
RUN git clone --depth 1 https://git.lab.example.cn/gen/score-sde-torch.git /opt/score_sde && \\
    pip install -e /opt/score_sde

############################ stage 2: 引导 (guidance) ############################
FROM baselines AS guidance

# classifier guidance + ADM 结构（guided-diffusion 仓库）：
#   https://github.com/openai/guided-diffusion
#   对应论文《{T("2105.05233")}》（Dhariwal & Nichol，NeurIPS 2021）
#   注意：256x256 条件模型的 classifier scale 默认 1.0，不要改成 10
# classifier-free guidance：训练时以 p_uncond=0.1 丢弃条件，采样时 w 默认 7.5（diffusers 的惯例）
#   Ho & Salimans, "{T("2207.12598")}", arXiv:2207.12598
RUN git clone --depth 1 https://github.com/openai/guided-diffusion.git /opt/guided_diffusion && \\
    pip install -e /opt/guided_diffusion && \\
    pip install blobfile mpi4py

############################ stage 3: 个性化 / 文生图 ############################
FROM guidance AS personalize

# Textual Inversion：只学一个新 token 的 embedding（<S*>），学习率 5e-3，3000 步
#   项目页 https://textual-inversion.github.io/ ，论文 {T("2208.01618")}
# DreamBooth：整模型微调 + prior preservation loss（λ=1，每个主体 200 张 class 图片）
#   {T("2208.12242")}（CVPR 2023）
#   项目页 https://dreambooth.github.io/ ；训练脚本直接用 diffusers/examples/dreambooth
# SD3 / rectified flow：logit-normal 时间步采样、MM-DiT，评测时 shift=3.0
#   {T("2403.03206")}
#   https://arxiv.org/pdf/2403.03206
#   权重需要在 Hugging Face 上同意许可（stabilityai/stable-diffusion-3-medium 的 model card），token 从构建参数传入
ARG HF_TOKEN
RUN git clone --depth 1 --branch v0.27.2 https://github.com/huggingface/diffusers.git /opt/diffusers && \\
    pip install -r /opt/diffusers/examples/dreambooth/requirements.txt && \\
    pip install -r /opt/diffusers/examples/textual_inversion/requirements.txt && \\
    mkdir -p /cache/hf

############################ stage 4: runtime ############################
FROM personalize AS runtime

LABEL org.opencontainers.image.title="diffbench" \\
      org.opencontainers.image.description="扩散模型评测镜像：DDPM / NCSN / SDE / guidance / 个性化 / SD3" \\
      org.opencontainers.image.vendor="视觉生成组" \\
      org.opencontainers.image.source="https://git.lab.example.cn/gen/diffbench" \\
      org.opencontainers.image.version="2024.05"

# FID / CLIP score 用 clean-fid，统计量文件在共享盘上，不要打进镜像
COPY --chown=1000:1000 scripts/ /opt/diffbench/scripts/
COPY --chown=1000:1000 configs/ /opt/diffbench/configs/

RUN useradd -m -u 1000 bench && mkdir -p /workspace /cache/hf && chown -R bench:bench /workspace /cache

HEALTHCHECK --interval=60s --timeout=10s --retries=3 \\
    CMD python -c "import torch, diffusers; assert torch.cuda.is_available()" || exit 1

USER bench
WORKDIR /workspace
ENTRYPOINT ["python", "/opt/diffbench/scripts/run_bench.py"]
CMD ["--config", "/opt/diffbench/configs/default.yaml"]
"""
write_only(F472, text, keys(F472))
