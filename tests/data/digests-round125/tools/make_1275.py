#!/usr/bin/env python3
"""1275: a Quizlet set export (Brazilian Portuguese): a São Paulo-like student made a flashcard set for a topics
course ("Tópicos em IA — artigos da P1") and shared it by Export (between term and definition: Tab; between rows: New
line), copying the export box into `quizlet-topicos-ia.txt` (no final newline). Each line is term, a tab, the
definition; terms are nicknames or questions, definitions give the full title (with an arXiv link, an `arXiv:` id,
or nothing). Cards for concepts, a platform, a dataset, a site and the exam are not papers; nicknames alone (3DGS,
LLaVA, DBN, NeRF) are not labelled — every labelled paper is written with its full title."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1275, keys, GLOROT, DBN

cards = [
 ("3DGS", f"{T('2308.04079')} — Kerbl et al., SIGGRAPH 2023 (https://arxiv.org/abs/2308.04079). Cena = milhões de gaussianas 3D anisotrópicas + rasterização diferenciável."),
 ("NeRF × 3DGS: diferença principal", "NeRF usa MLP + ray marching (lento); 3DGS rasteriza gaussianas explícitas (tempo real, ~100 fps)."),
 ("Inicialização de Xavier (Glorot)", f"{GLOROT} — Glorot & Bengio, AISTATS 2010 (não está no arXiv). Var(W) = 2 / (n_in + n_out)."),
 ("DBN", f"{DBN} — Hinton, Osindero & Teh, Neural Computation 18(7), 2006. Pré-treino guloso camada a camada com RBMs."),
 ("RBM", "Restricted Boltzmann Machine: modelo gerativo bipartido (visível/oculta); bloco básico da DBN."),
 ("Flamingo", f"{T('2204.14198')} (DeepMind, 2022) — https://arxiv.org/abs/2204.14198 — Perceiver Resampler + cross-attention com gate tanh entre camadas congeladas."),
 ("Perceiver Resampler", "Módulo do Flamingo que transforma um número variável de features visuais em 64 tokens latentes fixos."),
 ("LLaVA", f"{T('2304.08485')} — Liu et al., NeurIPS 2023 — https://arxiv.org/pdf/2304.08485v2 — CLIP ViT-L/14 + projeção linear + Vicuna; instruções geradas pelo GPT-4."),
 ("Consultas lógicas complexas (CQD)", f"{T('2011.03459')} — arXiv:2011.03459 (ICLR 2021). Responde consultas com ∧, ∨ e ∃ usando t-normas sobre um preditor de links pré-treinado."),
 ("t-norma", "Generalização da conjunção lógica para [0, 1]; ex.: produto (a·b) ou mínimo (min(a, b))."),
 ("Transferência de movimento few-shot", f"{T('2103.14338')} (CVPR 2021) — só o título, a profa. não passou o link."),
 ("Artigo da biblioteca Transformers", f"{T('1910.03771')} — Wolf et al., EMNLP 2020 (System Demonstrations). Citar este quando usar a biblioteca."),
 ("Hugging Face Hub", "Plataforma para hospedar modelos, datasets e Spaces — não é artigo (huggingface.co)."),
 ("COCO Captions", "Conjunto de legendas de imagens usado para avaliar Flamingo e LLaVA (CIDEr)."),
 ("Papers with Code", "Site com leaderboards e links para código — não é artigo."),
 ("P1 — data e local", "23/05 (quinta), 14h, sala B-07; matéria: cartões 1–15 + aulas 1–8 do Moodle."),
]
text = "\n".join(f"{t}\t{d}" for t, d in cards)
write_only(F1275, text, keys(F1275))
