#!/usr/bin/env python3
"""1678: an awesome-list README.md of a project on gitlab.gwdg.de (the GitLab of the GWDG, Göttingen), German: awesome
and pipeline badges, GitLab's [[_TOC_]], a clone block, link items `- [Title](URL) — …` and bold items `- **Title** —
…`, a <details> table, tools, contributing, licence. The group `sprachtech-goe`, the project, its maintainers and the
reading group are invented; xFormers, PyTorch, Hugging Face Transformers, FlashAttention and the GWDG cluster appear as
what they are, never labelled. Nicknames in the table (Performer, BigBird, RetNet) are not labelled on their own."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1678)
G, P = "sprachtech-goe", "awesome-effiziente-transformer"
U = f"https://gitlab.gwdg.de/{G}/{P}"
s = f"""# Awesome Effiziente Transformer [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({U}/badges/main/pipeline.svg)]({U}/-/commits/main)
[![Lizenz: CC0](https://img.shields.io/badge/Lizenz-CC0-lightgrey.svg)]({U}/-/blob/main/LICENSE)

Eine kuratierte Liste von Arbeiten zu Attention-Varianten mit linearer oder subquadratischer Komplexität, zu
Rekurrenz und externem Gedächtnis. Entstanden aus dem Lesekreis „Lange Kontexte“ der AG Sprachtechnologie
(donnerstags, 14 Uhr c.t., Raum 2.101). Beiträge sind willkommen, siehe [Mitmachen](#mitmachen).

[[_TOC_]]

## Lineare und kernelbasierte Attention

- [{T('2009.14794')}](https://arxiv.org/abs/2009.14794v4) — Choromanski et al., ICLR 2021. FAVOR+ approximiert Softmax-Attention mit Zufallsmerkmalen.
- [{T('2103.02143')}](https://openreview.net/forum?id=QtTKTdVrFBB) — Peng et al., ICLR 2021. Mit Gating, gut für Decoder.
- **{T('2005.00743')}** (arXiv:2005.00743) — Tay et al., ICML 2021. Braucht man überhaupt Token-Token-Interaktionen?

## Dünnbesetzte Attention

- [{T('2007.14062')}](https://arxiv.org/pdf/2007.14062v2) — Zaheer et al., NeurIPS 2020. Globale, lokale und zufällige Tokens.

## Rekurrenz und Gedächtnis

- [{T('1901.02860')}](https://arxiv.org/abs/1901.02860) — Dai et al., ACL 2019. Segment-Rekurrenz und relative Positionen.
- **{T('2002.09402')}** — Fan et al., 2020. Jede Schicht sieht alle früheren Repräsentationen.
- **{T('2307.08621')}** — Sun et al., 2023. Parallel trainierbar, rekurrent in der Inferenz.
- **{T('1410.5401')}** — Graves, Wayne & Danihelka, 2014. Der Klassiker zum differenzierbaren Speicher.

<details>
<summary>Übersicht: Komplexität der Varianten</summary>

| Modell | Mechanismus | Zeit | Speicher |
| --- | --- | --- | --- |
| Performer | Zufallsmerkmale | O(n) | O(n) |
| BigBird | dünnbesetzt | O(n) | O(n) |
| Transformer-XL | Segment-Rekurrenz | O(n·m) | O(n + m) |
| RetNet | Retention | O(n) | O(1) je Schritt |

</details>

## Werkzeuge

- [xFormers](https://github.com/facebookresearch/xformers) — Bausteine für effiziente Attention in PyTorch.
- [FlashAttention](https://github.com/Dao-AILab/flash-attention) — IO-bewusste exakte Attention (CUDA-Kernel).
- [Hugging Face Transformers](https://github.com/huggingface/transformers) — viele der Modelle oben als Checkpoints.
- Auf dem GWDG-Cluster: `module load cuda` vor dem Bauen der Kernel, siehe [Wiki]({U}/-/wikis/home).

## Mitmachen

```bash
git clone https://gitlab.gwdg.de/{G}/{P}.git
cd {P}
make linkcheck
```

Bitte einen Merge Request pro Eintrag, mit Titel, Link und einem Satz Begründung. Fragen an @jana.keller oder
@t.hoffmann.

## Lizenz

[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/deed.de) — soweit gesetzlich möglich verzichten die
Autorinnen und Autoren auf alle Urheberrechte.
"""
write_only(F, s, keys(F))
