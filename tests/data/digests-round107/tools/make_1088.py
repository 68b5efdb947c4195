#!/usr/bin/env python3
"""1088: a German company's ML-infrastructure team keeps its internal documentation as a DocFX site; this is one
conceptual article's Markdown source (`docs/lesekreis/2024-q1-sparse-experten.md`, UTF-8, LF, final newline) as
committed: the YAML header DocFX reads (uid, title, description, author, ms.date, ms.topic), DocFX-flavoured Markdown
— `[!INCLUDE [...](...)]`, alerts (`> [!NOTE]`, `> [!TIP]`, `> [!WARNING]`), `<xref:uid>` and `@uid` cross
references, a tab group (`# [PyTorch](#tab/pytorch)` … `---`), `[!code-python[...](path?range=a-b)]` snippets and a
`> [!Video …]` embed — a session table and notes. The DeepSpeed tutorial, the fast-transformers and megablocks
repositories, a Hugging Face blog post and the YouTube talk are not papers; "ZeRO", "Switch", "MoE", "Reformer",
"FLASH", "Lite Transformer", "GShard" are nicknames (written alone)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1088)
K = dict(zero="1910.02054", switch="2101.03961", reformer="2001.04451", rnn="2006.16236", flash="2202.10447",
         moe="1701.06538", survey="2103.14636", lite="2004.11886")

rows = [
 ("07.03.", "Speicher beim Training", f"[{T(K['zero'])}](https://arxiv.org/abs/1910.02054)", "Jana Hartmann"),
 ("14.03.", "Sparse Experten I", T(K["moe"]) + " (PDF im Team-Laufwerk)", "Murat Yılmaz"),
 ("21.03.", "Sparse Experten II", f"[{T(K['switch'])}](https://arxiv.org/pdf/2101.03961.pdf)", "Sophie Becker"),
 ("04.04.", "Lange Sequenzen", f"[{T(K['reformer'])}](https://openreview.net/forum?id=rkgNKkHtvB)", "Lukas Wagner"),
 ("11.04.", "Lineare Attention", f"[{T(K['rnn'])}](https://arxiv.org/abs/2006.16236)", "Jana Hartmann"),
 ("18.04.", "Gated Attention", T(K["flash"]) + " (arXiv:2202.10447)", "offen"),
]


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return "\n".join(out + ["| " + " | ".join(r) + " |" for r in rows])


doc = f"""---
uid: ml-infra.lesekreis.2024-q1
title: Lesekreis Q1/2024 – Sparse Experten und effiziente Attention
description: Termine, Leseliste und Notizen des ML-Infra-Lesekreises im ersten Quartal 2024.
author: j.hartmann
ms.date: 03/05/2024
ms.topic: conceptual
---

# Lesekreis Q1/2024: Sparse Experten und effiziente Attention

[!INCLUDE [lesekreis-hinweis](../includes/lesekreis-hinweis.md)]

Der Lesekreis trifft sich donnerstags von 16:00 bis 17:00 Uhr im Raum „Elbe“ (2. OG) und im Teams-Kanal
*ML-Infra / Lesekreis*. Wer vorstellt, bringt höchstens zehn Folien mit und eine Frage, die wir am Ende auf
unseren eigenen Trainings-Stack beziehen. Hintergrund zu unserem Cluster steht unter <xref:ml-infra.cluster.uebersicht>,
die Regeln für Messläufe unter @ml-infra.benchmarks.richtlinien.

> [!NOTE]
> Die Papiere liegen zusätzlich als PDF unter `\\\\fs02.intra.example.de\\ml-infra\\lesekreis\\2024-q1\\`. Bitte keine
> Verlagsversionen in das öffentliche Repository einchecken.

## Termine

{table(["Datum", "Thema", "Papier", "Vorstellung"], rows)}

## Notizen

### Speicher beim Training

ZeRO zerlegt Optimizer-Zustände, Gradienten und Parameter über die Data-Parallel-Ränge (Stufen 1–3). Für uns
relevant: Stufe 2 reicht für das 7B-Modell auf den A100-Knoten, Stufe 3 erst ab 30B. Praktisch nachlesen lässt sich
das im [DeepSpeed-Tutorial](https://www.deepspeed.ai/tutorials/zero/); unsere Konfiguration:

[!code-json[ds_config](../../configs/deepspeed/zero2_a100.json?range=1-24)]

### Sparse Experten

Für die zwei MoE-Termine lesen alle das Original von 2017, „{T(K['moe'])}“ (Shazeer et al., ICLR 2017), und
danach Switch. Wer tiefer einsteigen will: GShard und der Überblicksartikel auf dem
[Hugging-Face-Blog](https://huggingface.co/blog/moe). Für Experimente mit dropless-MoE nehmen wir
[megablocks](https://github.com/databricks/megablocks).

> [!TIP]
> Der Router-Code unseres Prototyps ist kurz genug, um ihn in der Sitzung gemeinsam durchzugehen:
>
> [!code-python[router](../../src/moe/router.py?range=18-57&highlight=31-36)]

> [!WARNING]
> Die Capacity-Factor-Werte aus Switch (1.0 bis 1.25) gelten für TPU-Pods. Auf unseren Knoten mit 8 GPUs sind bei
> 1.0 im Test bis zu 9 % der Tokens verworfen worden; Messungen stehen unter <xref:ml-infra.benchmarks.moe-2024-02>.

### Lineare und effiziente Attention

Reformer (LSH-Attention, reversible Schichten) und die lineare Attention aus „{T(K['rnn'])}“ sind die zwei
Grundideen; FLASH aus „{T(K['flash'])}“ verbindet Gated Attention mit einer chunkweisen linearen Variante. Als
Einstieg in das ganze Feld eignet sich „{T(K['survey'])}“ (Fournier, Marceau Caron, Aloise), und für Geräte mit
wenig Rechenleistung „{T(K['lite'])}“ vom MIT-HAN-Lab.

Zum Ausprobieren der linearen Attention:

# [PyTorch](#tab/pytorch)

Mit [fast-transformers](https://github.com/idiap/fast-transformers):

```python
from fast_transformers.builders import TransformerEncoderBuilder

enc = TransformerEncoderBuilder.from_kwargs(
    n_layers=4, n_heads=8, query_dimensions=64, value_dimensions=64,
    feed_forward_dimensions=1024, attention_type="linear",
).get()
```

# [JAX](#tab/jax)

Unsere eigene Implementierung liegt im Repository `ml-infra/attention-kernels`:

[!code-python[linear](../../src/attention/linear_jax.py?range=1-42)]

---

> [!Video https://www.youtube.com/embed/hAooAOFRsYc]

## Siehe auch

- <xref:ml-infra.lesekreis.2023-q4>
- <xref:ml-infra.cluster.uebersicht>
- [Vorlage für Vorstellungen](../vorlagen/lesekreis-vorstellung.md)
"""
write_only(F, doc, keys(F))
