#!/usr/bin/env python3
"""1698: the README.md of an awesome list on gitlab.fel.cvut.cz (the GitLab of the Faculty of Electrical Engineering,
Czech Technical University in Prague), Czech: the title line with the awesome badge, pipeline and licence badges,
GitLab's [[_TOC_]], sections of link items `- [Title](url) — note` and bold items `- **Title** (arXiv:…)? — note`, a
comparison table, a «Nástroje» section, «Jak přispět» with a clone block, the licence. The group `dl-seminar`, the
project `awesome-efektivni-pozornost`, the reading group and the maintainers are invented; FlashAttention (code),
xFormers, PyTorch, Linformer, Longformer and Mamba appear as what they are or as nicknames, never labelled."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1698)
G, P = "dl-seminar", "awesome-efektivni-pozornost"
BASE = f"https://gitlab.fel.cvut.cz/{G}/{P}"
md = f"""# Awesome efektivní pozornost [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({BASE}/badges/main/pipeline.svg)]({BASE}/-/commits/main)
[![License: CC BY 4.0](https://img.shields.io/badge/License-CC_BY_4.0-lightgrey.svg)](https://creativecommons.org/licenses/by/4.0/)

> Kurátorovaný seznam článků a nástrojů o efektivní pozornosti, lineárních a rekurentních alternativách
> Transformeru a o práci s dlouhým kontextem. Vzniklo jako podklad pro čtenářský seminář, do kterého se může
> přidat kdokoli z FEL.

[[_TOC_]]

## Jádra a implementace

- [{T('2307.08691')}](https://arxiv.org/abs/2307.08691) — Dao, 2023. Pozornost přepsaná tak, aby lépe vytížila GPU; kód v repozitáři FlashAttention.
- [{T('2004.11886')}](https://arxiv.org/abs/2004.11886v1) — Wu et al., ICLR 2020. Kombinace lokální konvoluce a globální pozornosti pro mobilní zařízení.

## Aproximace pozornosti

- [{T('2009.14794')}](https://openreview.net/forum?id=Ua6zuk0WRH) — Choromanski et al., ICLR 2021. Mechanismus FAVOR+, náhodné příznaky místo softmaxu.
- **{T('2103.02143')}** (arXiv:2103.02143) — Peng et al., ICLR 2021. Podobný nápad jako Performer, navíc s bránou pro zapomínání.
- **{T('2005.00743')}** — Tay et al., ICML 2021. Je vůbec potřeba počítat pozornost z dvojic tokenů?

## Rekurence, paměť a dlouhý kontext

- [{T('2302.10866')}](https://arxiv.org/pdf/2302.10866) — Poli et al., ICML 2023. Dlouhé konvoluce s bránami místo pozornosti.
- **{T('2307.08621')}** — Sun et al., 2023. RetNet: paralelní trénink, rekurentní inference.
- **{T('2010.06891')}** — Wu et al., 2020. Externí paměť pro dlouhé sekvence.

Linformer, Longformer a Mamba zatím chybí — viz otevřené issues.

<details>
<summary>Srovnání složitosti (orientačně)</summary>

| Metoda | Typ | Čas | Paměť |
| --- | --- | --- | --- |
| plná pozornost | softmax | O(n²) | O(n²) |
| Performer | náhodné příznaky | O(n) | O(n) |
| Lite Transformer | konvoluce + pozornost | O(n²) | O(n²) |
| Hyena | dlouhá konvoluce | O(n log n) | O(n) |
| RetNet | retence | O(n) | O(1) při inferenci |

</details>

## Nástroje

- [xFormers](https://github.com/facebookresearch/xformers) — knihovna efektivních bloků pro PyTorch.
- [FlashAttention](https://github.com/Dao-AILab/flash-attention) — oficiální implementace jader.
- [Wiki semináře]({BASE}/-/wikis/home) — rozpis témat a zápisy ze schůzek.

## Jak přispět

Přidejte položku přes merge request (jedna položka = jeden řádek, odkaz na arXiv nebo OpenReview, krátká poznámka
česky). Před odesláním spusťte kontrolu odkazů:

```bash
git clone https://gitlab.fel.cvut.cz/{G}/{P}.git
cd {P}
make linkcheck
```

Správci: @novak.jan, @svobodova.k

## Licence

[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)
"""
write_only(F, md, keys(F))
