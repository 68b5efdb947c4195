#!/usr/bin/env python3
"""1658: README.md of an awesome list on gitlab.tudelft.nl (TU Delft's GitLab), Dutch: awesome and pipeline badges,
GitLab's [[_TOC_]], a clone block, paper items (link items `- [Title](url) — …`, bold items `- **Title** — …`), a table of
Dutch models, data, tools, courses, contributing and licence. Group `ewi-taal`, project `awesome-taalmodellen`, the
maintainers and the reading group are invented."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, au, write_only
from make_expected import by_num, keys, GLOVE, GPT1
F = by_num(1658)
G, P = "ewi-taal", "awesome-taalmodellen"
BASE = f"https://gitlab.tudelft.nl/{G}/{P}"
md = f"""# Awesome Taalmodellen [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({BASE}/badges/main/pipeline.svg)]({BASE}/-/commits/main) [![License: CC0-1.0](https://img.shields.io/badge/License-CC0_1.0-lightgrey.svg)](http://creativecommons.org/publicdomain/zero/1.0/)

Een samengestelde lijst van artikelen, modellen en hulpmiddelen over **voorgetrainde taalmodellen**, bijgehouden door de
leesgroep NLP van de faculteit EWI. We houden de lijst bewust kort: alleen werk dat we in de leesgroep hebben besproken
of dat studenten in hun afstudeerproject echt gebruiken.

> **Let op:** deze lijst is geen officieel onderwijsmateriaal. Vragen? Open een issue of spreek ons aan op de
> leesgroep (donderdag 12:45, Echo, zaal 0.550).

[[_TOC_]]

## Lokaal gebruiken

De lijst wordt bij elke merge gecontroleerd op dode links (zie `.gitlab-ci.yml`).

```bash
git clone https://gitlab.tudelft.nl/{G}/{P}.git
cd {P}
make linkcheck
```

## Woordrepresentaties

- **{GLOVE}** — Pennington, Socher & Manning (EMNLP 2014). Nog steeds de standaardbaseline in veel scripties; vectoren via de Stanford-website.

## Voorgetrainde encoders

- **{T('1810.04805')}** — Devlin et al. (NAACL 2019). Het startpunt; lees vooral §3 over masked language modelling.
- [{T('2006.03654')}]({'https://arxiv.org/abs/2006.03654'}) — He et al. Relatieve posities en ontvlochten aandacht; sterk op SuperGLUE.
- **{T('2003.10555')}** (arXiv:2003.10555) — Clark et al. Discriminatief vooraf trainen; veel goedkoper dan MLM bij dezelfde rekentijd.
- [{T('1906.08237')}](https://arxiv.org/abs/1906.08237v2) — Yang et al. Permutatie-taalmodellering; besproken op 14 maart.

## Generatieve modellen en fine-tuning

- **{GPT1}** — Radford et al. (OpenAI, 2018). Technisch rapport, niet op arXiv; pdf via de website van OpenAI.
- [{T('1801.06146')}](https://arxiv.org/abs/1801.06146) — Howard & Ruder (ACL 2018). Discriminatieve learning rates en geleidelijk ontdooien; nog altijd nuttig voor kleine datasets.

## Meertalig en Nederlands

- [{T('1911.02116')}](https://arxiv.org/pdf/1911.02116v2.pdf) — Conneau et al. XLM-R; het meertalige model waar RobBERT en BERTje vaak mee vergeleken worden.

<details>
<summary>Nederlandstalige modellen (klik om uit te klappen)</summary>

| Model | Type | Basis | Opmerking |
| --- | --- | --- | --- |
| BERTje | encoder | BERT-base | getraind op Nederlandse teksten |
| RobBERT | encoder | RoBERTa | v2 (2022) met nieuwe tokenizer |
| GEITje | decoder | Mistral 7B | chatvariant beschikbaar |
| XLM-R | encoder | meertalig | 100 talen |

</details>

## Data

- SoNaR-corpus (Nederlandse Taalunie, via het Instituut voor de Nederlandse Taal)
- OSCAR, Nederlandse deelverzameling
- Wikipedia-dump (nl), maandelijks

## Hulpmiddelen

- Hugging Face Transformers — de meeste modellen hierboven zijn daar te vinden.
- spaCy met `nl_core_news_lg`
- DelftBlue — het rekencluster van de TU Delft (aanvragen via je begeleider).

## Onderwijs

- Leesgroep NLP (EWI), elke donderdag; het rooster staat in de [wiki]({BASE}/-/wikis/home).
- Stanford CS224N — colleges op YouTube, goede inleiding.

## Bijdragen

Bijdragen zijn welkom! Lees eerst [de richtlijnen](#bijdragen) hieronder:

1. Maak een branch en voeg het artikel toe in de juiste sectie, in het formaat van de andere regels.
2. Schrijf er één zin bij: waarom is dit de moeite waard?
3. Open een merge request; de CI-pipeline controleert de links.

Onderhoud: @s.vandenberg en @m.dekker.

## Licentie

[CC0 1.0]({BASE}/-/blob/main/LICENSE) — zie `LICENSE`.
"""
write_only(F, md, keys(F))
