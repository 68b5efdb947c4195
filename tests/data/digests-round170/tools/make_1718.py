#!/usr/bin/env python3
"""1718: a README.md of an awesome list in a project on git.science.uu.nl (the GitLab of Utrecht University's Faculty
of Science), Dutch: the title with the awesome badge, pipeline and licence badges, GitLab's [[_TOC_]] macro, three
sections of items (`- [Title](url) — note` with a link, `- **Title** (arXiv:…)? — note` without), a <details> table of
complexities, tools, «Bijdragen» with a clone block, maintainers and the licence. The group `ml-leesclub`, the project
`awesome-efficiente-transformers` and the maintainers @j.devries and @s.bakker are invented; xFormers, FlashAttention's
repository, PyTorch and CC BY 4.0 appear as what they are. Nicknames Performer, BigBird, Hyena, RetNet, Memformer, Lite
Transformer, RFA appear in the table where the paper is written in full above."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1718)
G, P = "ml-leesclub", "awesome-efficiente-transformers"
H = "https://git.science.uu.nl"
txt = f"""# Awesome efficiënte transformers [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({H}/{G}/{P}/badges/main/pipeline.svg)]({H}/{G}/{P}/-/commits/main)
[![License: CC BY 4.0](https://img.shields.io/badge/License-CC_BY_4.0-lightgrey.svg)](https://creativecommons.org/licenses/by/4.0/)

Een samengestelde lijst van papers over efficiënte aandacht (attention), lange context en alternatieven voor de
kwadratische self-attention. Bijgehouden door de ML-leesclub van het Departement Informatica. Zie ook de
[wiki]({H}/{G}/{P}/-/wikis/home) voor het leesrooster.

[[_TOC_]]

## Benaderde aandacht

- [{T("2009.14794")}](https://openreview.net/forum?id=Ua6zuk0WRH) — Choromanski et al., ICLR 2021. FAVOR+: positieve random features, lineair in de sequentielengte.
- **{T("2103.02143")}** (arXiv:2103.02143) — Peng et al., ICLR 2021. Random features met een gating-mechanisme, ook als decoder.
- [{T("2007.14062")}](https://arxiv.org/pdf/2007.14062v2) — Zaheer et al., NeurIPS 2020. Sparse aandacht: lokaal + globaal + willekeurig.

## Hardware-bewuste aandacht

- [{T("2307.08691")}](https://arxiv.org/abs/2307.08691) — Tri Dao, 2023. Betere verdeling van het werk over warps; exact, geen benadering.
- **{T("2004.11886")}** — Wu et al., ICLR 2020. Combineert convolutie (lokaal) met aandacht (globaal) voor mobiele apparaten.

## Recurrentie, geheugen en convoluties

- [{T("2302.10866")}](https://arxiv.org/abs/2302.10866v3) — Poli et al., ICML 2023. Lange convoluties met gating in plaats van aandacht.
- **{T("2307.08621")}** — Sun et al., 2023. Parallelle training, recurrente inferentie met O(1) geheugen per stap.
- **{T("2010.06891")}** — Wu et al., 2020. Extern dynamisch geheugen voor lange sequenties.

<details>
<summary>Complexiteit in één tabel (klik om uit te klappen)</summary>

| Model | Idee | Tijd | Geheugen |
| --- | --- | --- | --- |
| Performer | random features | O(n) | O(n) |
| RFA | random features + gate | O(n) | O(n) |
| BigBird | sparse patroon | O(n) | O(n) |
| Lite Transformer | convolutie + aandacht | O(n²) | O(n²) |
| Hyena | lange convolutie | O(n log n) | O(n) |
| RetNet | retentie | O(n) | O(1) per stap |
| Memformer | extern geheugen | O(n) | O(1) per stap |

</details>

## Tools

- [xFormers](https://github.com/facebookresearch/xformers) — bouwstenen voor efficiënte aandacht in PyTorch.
- [flash-attention](https://github.com/Dao-AILab/flash-attention) — de officiële CUDA-kernels.

## Bijdragen

Nieuwe papers zijn welkom via een merge request. Houd de vorm aan: titel, link (arXiv, OpenReview of proceedings),
eerste auteur, venue en één zin waarom het paper ertoe doet. Draai lokaal de linkcheck:

```bash
git clone {H}/{G}/{P}.git
cd {P}
make linkcheck
```

Openstaande wensen: zie de open issues.

## Beheerders

Beheerders: @j.devries, @s.bakker

## Licentie

[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)
"""
write_only(F, txt, keys(F))
