#!/usr/bin/env python3
"""430: a Slurm batch script (repro_baselines.sbatch) that reproduces the self-supervised baselines of a
noisy-label paper as a job array: the #SBATCH block (sbatch reads it only before the first command), a comment
header, module loads, a `case "$SLURM_ARRAY_TASK_ID"` with one arm per array index (method, config, checkpoint) and
a comment naming the paper each baseline comes from, then srun. Papers: arXiv abs / pdf URLs in comments (link),
OpenReview forum / pdf URLs (link), "arXiv:ID" and a checkpoint path with the id (arxiv-text), the title alone —
in double quotes, after "from", in lower case, followed by "(ICML 2020)" (title-only). Not papers: the project's
repository, solo-learn (a library), the cluster docs, the CIFAR-100 noisy-label files, DivideMix / MoCo (names),
the supervised baseline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F430, keys

arms = [
 ("supervised", "sup_r18", "", "# supervised baseline (plain cross-entropy on the noisy labels) — no paper, our own config"),
 ("simclr", "simclr_r18", "", f'# SimCLR: "{T("2002.05709")}" (ICML 2020); temperature 0.5 as in their CIFAR appendix'),
 ("byol", "byol_r18", "", f"# BYOL — {T('2006.07733')}\n    #   https://arxiv.org/abs/2006.07733 (EMA 0.99 -> 1.0 cosine, no negatives)"),
 ("simsiam", "simsiam_r18", "ckpt/simsiam/2011.10566_r18_800ep.pth",
  f"# SimSiam, {T('2011.10566')} (arXiv:2011.10566); checkpoint named after the arXiv id, 800 epochs"),
 ("hcl", "hcl_r18", "", f"# hard negative sampling from {T('2010.04592').lower()} (ICLR 2021), beta=1.0, tau_plus=0.1"),
 ("dacl", "dacl_r18", "", f'# DACL: "{T("2011.04419")}" (ICML 2021) — mixup negatives, domain-agnostic'),
 ("c2d", "c2d_r18", "", f"# C2D — {T('2103.13646')}\n    #   https://openreview.net/forum?id=uB5x7Y2qsFR (WACV 2022 version; warm-up = SimCLR pre-training)"),
 ("bituning", "bituning_r18", "", f"# {T('2011.06182')} — pdf: https://openreview.net/pdf?id=3rRgu7OGgBI\n    #   (contrastive fine-tuning head; we only need their classifier-side loss)"),
 ("cpc", "cpc_r18", "", f"# CPC v1: {T('1807.03748')}\n    #   https://arxiv.org/pdf/1807.03748.pdf — InfoNCE as the sanity-check baseline"),
 ("dc", "dc_r18", "ckpt/dc/arXiv-2006.05929-synset-50ipc.pt",
  f"# condensed-set baseline: {T('2006.05929')} (arXiv:2006.05929), 50 images per class"),
]
case = "".join(
    f"  {i})\n    {c}\n    METHOD={m}\n    CFG=configs/cifar100n/{cfg}.yaml\n    CKPT=\"{ck}\"\n    ;;\n"
    for i, (m, cfg, ck, c) in enumerate(arms))
text = f"""#!/bin/bash
#SBATCH --job-name=ssl-noisy-baselines
#SBATCH --account=vision-lab
#SBATCH --partition=gpu-a100
#SBATCH --array=0-{len(arms) - 1}%4
#SBATCH --nodes=1
#SBATCH --ntasks-per-node=1
#SBATCH --gres=gpu:4
#SBATCH --cpus-per-task=32
#SBATCH --mem=256G
#SBATCH --time=1-12:00:00
#SBATCH --output=logs/%x_%A_%a.out
#SBATCH --error=logs/%x_%A_%a.err
#SBATCH --mail-type=END,FAIL
#SBATCH --mail-user=r.okafor@cs.example.edu

# repro_baselines.sbatch — Table 2 of our submission: self-supervised warm-up baselines on CIFAR-100 with
# 80% / 90% symmetric label noise, ResNet-18, 800 pre-training epochs, then the same DivideMix-style fine-tuning.
#
# One array task per baseline (index -> method below). Submit with
#   sbatch --export=ALL,NOISE=0.9 repro_baselines.sbatch
# Cluster notes: https://hpc.example.edu/docs/slurm/job-arrays  (max 4 concurrent A100 jobs per account)
# Code: https://git.example.edu/vision-lab/ssl-noisy (branch repro-table2); most pre-training configs are
# adapted from solo-learn, see configs/cifar100n/README.md.
#
# Why ImageNet-initialised numbers are NOT in this table: see "{T('2006.06882')}"
# (Zoph et al., NeurIPS 2020) — reviewer 2 asked about it, answer is in rebuttal.md, not here.

set -euo pipefail

module purge
module load cuda/12.1 cudnn/8.9 python/3.10
source "$HOME/venvs/ssl-noisy/bin/activate"

NOISE="${{NOISE:-0.9}}"
SEED="${{SEED:-1}}"
DATA=/scratch/$USER/data/cifar100n
OUT=/scratch/$USER/runs/table2

case "$SLURM_ARRAY_TASK_ID" in
{case}  *)
    echo "unknown array index $SLURM_ARRAY_TASK_ID" >&2
    exit 1
    ;;
esac

RUN="$OUT/$METHOD/noise$NOISE-seed$SEED"
mkdir -p "$RUN"
echo "[$(date -Is)] task $SLURM_ARRAY_TASK_ID: $METHOD on $(hostname), noise $NOISE, seed $SEED"

srun python -m ssl_noisy.pretrain \\
    --config "$CFG" \\
    --data "$DATA" \\
    --noise "$NOISE" \\
    --seed "$SEED" \\
    --init "$CKPT" \\
    --out "$RUN"

srun python -m ssl_noisy.finetune \\
    --config configs/cifar100n/finetune_dividemix.yaml \\
    --data "$DATA" \\
    --noise "$NOISE" \\
    --seed "$SEED" \\
    --init "$RUN/last.pth" \\
    --out "$RUN/finetune"
"""
write_only(F430, text, keys(F430))
