#!/usr/bin/env python3
"""1142: a Coda doc's table ("Leituras — grupo de LLMs") downloaded with "Download as CSV": UTF-8 without BOM, LF row
ends, fields quoted only when they must be (computed with the csv module's minimal quoting: commas, quotes doubled,
a note with a line break), the view's columns in order, the checkbox column as `true` / `false`, dates as M/D/YYYY
(the doc's US locale; computed), people as display names, a lookup column as comma-joined values. Brazilian
Portuguese. Two rows are not papers (docs)."""
import csv, datetime as dt, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1142, keys

HEAD = ["Título", "Link", "Tipo", "Tema", "Responsável", "Sessão", "Lido?", "Tags", "Notas"]
P, D = "Artigo", "Documentação"


def day(y, m, d):
    x = dt.date(y, m, d)
    return f"{x.month}/{x.day}/{x.year}"


rows = [
    [T("2204.02311"), "https://arxiv.org/abs/2204.02311", P, "Pré-treino em escala", "Rafael Souza", day(2024, 3, 7), "true",
     "escala, TPU", "540B params; ler seção 4 (instabilidades / \"loss spikes\") e o apêndice sobre Pathways"],
    [T("1710.03740"), "https://openreview.net/forum?id=r1gs9JgRZ", P, "Pré-treino em escala", "Rafael Souza", day(2024, 3, 7), "true",
     "fp16, eficiência", "loss scaling + cópia mestre em FP32. Base de tudo que usamos hoje com bf16"],
    ["NVIDIA Apex / AMP — docs", "https://nvidia.github.io/apex/amp.html", D, "Pré-treino em escala", "Rafael Souza", day(2024, 3, 7), "true",
     "fp16", "não é artigo; só pra ver a API antiga vs. torch.cuda.amp"],
    [T("1711.05101"), "", P, "Otimização", "Beatriz Lima", day(2024, 3, 14), "true",
     "otimizador", "AdamW. Sem link: PDF no Drive da turma (versão ICLR 2019)"],
    [T("2203.02155"), "", P, "Alinhamento", "Thiago Alves", day(2024, 3, 21), "false",
     "RLHF, alinhamento", "arXiv:2203.02155 — o \"InstructGPT\". Foco: SFT → RM → PPO, e a parte de rotuladores"],
    [T("2110.04366"), "", P, "Ajuste eficiente", "Larissa Costa", day(2024, 3, 28), "false",
     "PEFT", "unifica adapters, prefix tuning e LoRA\nnuma mesma fórmula; boa pra organizar a discussão"],
    [T("2106.10199"), "https://arxiv.org/abs/2106.10199", P, "Ajuste eficiente", "Larissa Costa", day(2024, 3, 28), "false",
     "PEFT", "só os bias, surpreendentemente bom em BERT-base"],
    [T("2303.10512"), "", P, "Ajuste eficiente", "Larissa Costa", day(2024, 3, 28), "false",
     "PEFT, LoRA", "AdaLoRA: orçamento de rank adaptativo via SVD"],
    [T("2309.06180"), "https://arxiv.org/pdf/2309.06180.pdf", P, "Inferência", "Gustavo Rocha", day(2024, 4, 4), "false",
     "serving, memória", "PagedAttention / vLLM — comparar com o nosso servidor atual, medir throughput"],
    ["vLLM — documentação", "https://docs.vllm.ai/en/latest/", D, "Inferência", "Gustavo Rocha", day(2024, 4, 4), "false",
     "serving", "docs, não é artigo"],
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
w.writerow(HEAD)
w.writerows(rows)
write_only(F1142, buf.getvalue(), keys(F1142))
