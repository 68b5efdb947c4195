#!/usr/bin/env python3
"""1739: a Brazilian master's student's Codebraid document (Pandoc Markdown run with `codebraid pandoc`): notes for
her dissertation's chapter 3 that count trainable parameters of PEFT methods for a BERT-base-sized encoder. YAML
metadata on top (with a `codebraid:` key), fenced code blocks with Codebraid classes ({.python .cb-run}, .cb-nb,
.cb-code, .cb-expr inline) in one session, Pandoc citations written out by hand as Markdown links, Portuguese prose.
Every code block is valid Python; the one number the text states (LoRA with r = 8, written pt-BR style) is
the one the code computes."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1739)
D, LAYERS, FF = 768, 12, 3072
LORA = lambda r: LAYERS * 2 * (2 * D * r)           # Wq and Wv, A (d x r) and B (r x d)
BIAS = LAYERS * (4 * D + FF + D + 2 * D + 2 * D)    # q,k,v,o biases, FF in/out biases, two LayerNorms (gain+bias)
TOTAL = 110_000_000
BR = lambda n: f"{n:,}".replace(",", ".")
PCT = lambda x: f"{x:.3f}".replace(".", ",")
TEXT = f"""---
title: "Capítulo 3 – notas: quantos parâmetros cada método treina?"
author: Camila Rocha
date: 2024-03-11
lang: pt-BR
codebraid:
  jupyter: false
---

# Objetivo

Antes de escrever a seção 3.2 quero ter as contas certas do número de parâmetros treináveis de cada método
para um codificador do tamanho do BERT-base (12 camadas, $d = {D}$). A ideia de comparar tudo no mesmo eixo
vem de *{T("2110.04366")}* (He et al., ICLR 2022; arXiv:2110.04366), que trata adapters,
prefix tuning e LoRA como variações de uma mesma fórmula.

```{{.python .cb-run session=contas}}
d, camadas, ff = {D}, {LAYERS}, {FF}
total = {TOTAL:_}  # aproximado, como no artigo do BERT

def lora(r):
    # Wq e Wv em cada camada; A tem d x r, B tem r x d
    return camadas * 2 * (2 * d * r)

vieses = camadas * (4 * d + ff + d + 2 * d + 2 * d)
```

# BitFit

[{T("2106.10199")}](https://arxiv.org/pdf/2106.10199v5) treina só os vieses (e a cabeça de classificação,
que deixo fora da conta). Isso dá `vieses`{{.python .cb-expr session=contas}} parâmetros,
cerca de `f"{{100 * vieses / total:.2f}}"`{{.python .cb-expr session=contas}}% do modelo.

# LoRA e AdaLoRA

```{{.python .cb-nb session=contas}}
for r in (4, 8, 16):
    print(r, lora(r), f"{{100 * lora(r) / total:.3f}}%")
```

Com $r = 8$ são {BR(LORA(8))} parâmetros ({PCT(100 * LORA(8) / TOTAL)}% do total).
[{T("2303.10512")}](https://arxiv.org/abs/2303.10512) começa com um posto maior e corta durante o treino; o orçamento
final é o que importa para a tabela 3.2, então uso o mesmo número de parâmetros do LoRA com $r = 8$.

# Prompts contínuos e (IA)³

- P-tuning: [{T("2103.10385")}](https://arxiv.org/abs/2103.10385). Só o codificador de prompts é treinado;
  conferir o tamanho do LSTM no apêndice antes de pôr na tabela.
- (IA)³: [{T("2205.05638")}](https://arxiv.org/abs/2205.05638v2). Três vetores por camada
  (chaves, valores e a ativação do FF):

```{{.python .cb-run session=contas}}
ia3 = camadas * (d + d + ff)
```

  o que dá `ia3`{{.python .cb-expr session=contas}} parâmetros – o menor de todos.

# Para a introdução do capítulo

- Citar {T("1801.06146")} (Howard e Ruder, ACL 2018) como ponto de partida do ajuste fino de modelos pré-treinados.
- Hiperparâmetros: todos os experimentos usam AdamW, citar {T("1711.05101")} (ICLR 2019).
- A orientadora pediu uma frase sobre regularização; talvez {T("2101.01761")} (AAAI 2021), mas não é essencial.
- Código: biblioteca PEFT da Hugging Face (<https://huggingface.co/docs/peft/index>), versão 0.9.0.
- Para revisar a notação: livro *Dive into Deep Learning*, capítulo 11.

```{{.python .cb-code}}
# trecho do script de treino (só para mostrar no apêndice, não executa aqui)
config = LoraConfig(r=8, lora_alpha=16, target_modules=["query", "value"], lora_dropout=0.1)
```
"""


if __name__ == "__main__":
    write_only(F, TEXT, keys(F))
