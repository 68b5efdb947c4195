#!/usr/bin/env python3
"""335: a proposal for GPU time on a national HPC centre's "class C" call, as the portal's summary page shows it
after submission, copied from the browser as text (table cells come out separated by tabs), in Sicilian. The
portal, the call, the proposal number and the people are invented. What such a copy has: the portal's header line
with the proposal number, the title block (title, principal investigator, institution, duration), the scientific
case with citations "[n]", the table of requested resources (experiment, GPUs per run, hours per run, runs,
GPU-hours), the total in GPU-hours, the node-hours at 4 GPUs a node, the class limit, the references, the footer with
the proposal number again. Papers: references with an arXiv abs/pdf URL or an OpenReview forum URL (link),
"arXiv:ID" (arxiv-text), title and venue only (title-only); ImageNet, PyTorch, JAX and the centre's documentation
are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only

KEYS = ["2006.03656", "2101.01761", "2101.08809", "2108.04392", "2103.09762", "2103.13462", "2011.03459",
        "2010.11929", "2103.14586", "2006.14536"]
PID = "HPC24-C-0412"
RUNS = [("A. Circata d'architettura e iperparametri", 4, 24, 60), ("B. Dropout amparatu", 4, 12, 40),
        ("C. Ciclu cuntinuu (attivitati 1–10)", 2, 10, 50), ("D. Addestramentu avversariali", 8, 36, 20),
        ("E. Pruvi di robbustizza ViT", 4, 6, 30)]
REFS = [
    f"X. Dong et al. {T('2006.03656')}. 2020.",
    f"D. Peng et al. {T('2101.08809')}. NeurIPS 2020. https://arxiv.org/abs/2101.08809",
    f"R. Wang et al. {T('2108.04392')}. ICLR 2021. arXiv:2108.04392",
    f"H. Pham, Q. V. Le. {T('2101.01761')}. AAAI 2021.",
    f"G. Saha, I. Garg, K. Roy. {T('2103.09762')}. ICLR 2021.",
    f"C. Xie et al. {T('2006.14536')}. arXiv:2006.14536, 2020.",
    f"A. Dosovitskiy et al. {T('2010.11929')}. ICLR 2021. https://openreview.net/forum?id={OR('2010.11929')}",
    f"S. Bhojanapalli et al. {T('2103.14586')}. ICCV 2021. https://arxiv.org/pdf/2103.14586",
    f"T. Ma. {T('2103.13462')}. 2021.",
    f"E. Arakelyan et al. {T('2011.03459')}. ICLR 2021.",
]
total = sum(g * h * r for _, g, h, r in RUNS)
LIMIT = 50000
assert total <= LIMIT and total % 4 == 0
L = [f"Purtali Risorsi HPC · Pruposta {PID} · Riassuntu · Stampa", "",
     "PRUPOSTA PI RISORSI DI CALCULU — CLASSI C (bannu 2024/2)", "",
     "Tìtulu", "AutoML robbustu pi mudelli di visioni", "",
     "Rispunsàbbili scintìficu", "dutt. Salvatore Lo Presti", "",
     "Istituzzioni", "Dipartimentu di Matimàtica e Nfurmàtica, Università di Catania", "",
     "Duranza", "12 misi (1 di giugnu 2024 – 31 di maiu 2025)", "",
     "1. Discrizzioni scintìfica", "",
     "Stu pruggettu voli studiari comu si ponnu circari automaticamenti l'architetturi e l'iperparametri di na "
     f"rèti neurali pi la visioni. Partemu di {T('2006.03656')} [1] e di PyGlove [2], e di l'osservazzioni di [3] "
     "supra la scelta di l'architettura ntô NAS diffirenziàbbili. Pi la rigularizzazzioni circamu puru i "
     "schemi di dropout, comu fa AutoDropout [4].",
     "Na secunna parti è lu ciclu cuntinuu: lu mudellu havi a mparari deci attivitati una appressu a l'autra "
     f"senza scurdàrisi chiddi vecchi; usamu {T('2103.09762')} [5] comu puntu di partenza.",
     "La terza parti è la robbustizza. L'addestramentu avversariali di [6] addumanna assai calculu, e pi chistu "
     f"addumannamu GPU di cchiù. Pruvamu puru li Vision Transformer ({T('2010.11929')} [7]) cu li pruvi di [8].",
     f"Pi la parti tiorica facemu rifirimentu a {T('2103.13462')} [9]; pi n'esperimentu nicu supra li grafi di "
     "canuscenza, a [10]. Tutti li esperimenti usanu ImageNet, PyTorch e JAX.", "",
     "2. Risorsi addumannati", "",
     "Esperimentu\tGPU pi run\tUri pi run\tRun\tGPU-uri"]
for n, g, h, r in RUNS:
    L.append(f"{n}\t{g}\t{h}\t{r}\t{g * h * r}")
L += ["", f"Tutali GPU-uri: {total}", f"Nodi-uri (4 GPU pi nodu): {total // 4}",
      f"Limiti dâ classi C: {LIMIT} GPU-uri", "", "3. Rifirimenti", ""]
L += [f"[{i}] {r}" for i, r in enumerate(REFS, 1)]
L += ["", f"Pruposta {PID} · mannata lu 22/04/2024 a li 18:05 · Dumanni: vidi la documentazzioni dû centru", ""]
write_only("335_hpc_allocation_proposal_copied_text_sicilian_automl_robustness.txt", "\n".join(L), KEYS)
