#!/bin/bash
#$ -N toistot
#$ -cwd
#$ -V
#$ -j y
#$ -o logs/$JOB_NAME.$TASK_ID.log
#$ -l h_rt=11:59:00
#$ -l gpu=1
#$ -pe smp 8
#$ -t 1-6
#$ -M aino.lehtinen@toisto-lab.example.fi
#$ -m ea
#
# Toistokokeet kevään lukupiirille -- Aino Lehtinen <aino.lehtinen@toisto-lab.example.fi>
# Repo: https://github.com/toisto-lab/toistot
# Ks. man qsub (Grid Engine) ja https://video.toisto-lab.example.fi/esitelmat/2024-04
# Kirja taustaksi: Goodfellow, Bengio & Courville, "Deep Learning"

set -euo pipefail
source ~/venvs/toistot/bin/activate

case "$SGE_TASK_ID" in
    # Dataset Condensation with Gradient Matching
    #   https://arxiv.org/abs/2006.05929
    1) NIMI=datakond; python -m toistot.datakond --ipc 10 ;;
    # Sharpness-Aware Minimization for Efficiently Improving Generalization
    #   https://arxiv.org/pdf/2010.01412v2
    2) NIMI=sam; python -m toistot.sam --rho 0.05 ;;
    # Gradient Projection Memory for Continual Learning (http://arxiv.org/abs/2103.09762)
    3) NIMI=gpm; python -m toistot.gpm --tasks 10 ;;
    # MemGPT: Towards LLMs as Operating Systems -- https://arxiv.org/abs/2310.08560v1
    4) NIMI=memgpt; python -m toistot.memgpt --budget 8k ;;
    # Rethinking Pre-training and Self-training, arXiv:2006.06882
    5) NIMI=esikoul; python -m toistot.esikoul --self-training ;;
    # vain otsikko lukulistalla: Smooth Adversarial Training
    6) NIMI=sileä; python -m toistot.smooth_adv --act softplus ;;
    *) echo "tuntematon tehtävä $SGE_TASK_ID" >&2; exit 1 ;;
esac

echo "valmis: $NIMI ($JOB_ID.$SGE_TASK_ID)"
# Seuraavaksi (ei vielä jonossa): "Few-Shot Human Motion Transfer by Personalized Geometry and Texture Modeling" ja
# "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning"
