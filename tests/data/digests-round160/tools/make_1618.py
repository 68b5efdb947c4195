#!/usr/bin/env python3
"""1618: an awesome-list README kept on git.wur.nl (Wageningen University & Research's GitLab instance), Dutch: title
with the awesome badge, pipeline and licence badges, a table of contents with GitLab anchors, paper items per heading
(Markdown links to arXiv / OpenReview, bold titles without a link), a model table, software, data, courses,
contributing and licence. An invented group's project."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1618)
GROUP, PROJ = "agrifood-nlp", "awesome-taalmodellen"
BASE = f"https://git.wur.nl/{GROUP}/{PROJ}"


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


heads = ["Waarom deze lijst?", "Encoders", "Meertalige modellen", "Grote decoders en schaal", "Modellen voor het Nederlands",
         "Software", "Data", "Cursussen en video's", "Bijdragen", "Licentie"]
toc = "\n".join(f"- [{h}](#{slug(h)})" for h in heads)
out = f"""# Awesome taalmodellen [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({BASE}/badges/main/pipeline.svg)]({BASE}/-/commits/main) [![Licentie: CC BY 4.0](https://img.shields.io/badge/licentie-CC%20BY%204.0-blue.svg)](https://creativecommons.org/licenses/by/4.0/deed.nl)

> Een samengestelde lijst van artikelen, modellen en gereedschap rond voorgetrainde taalmodellen, bijgehouden door de
> leesgroep van Agrifood NLP (Radix, kamer B.0.12, donderdag 15:30). Gericht op nieuwe promovendi en MSc-studenten die
> met teksten over landbouw, voeding en omgeving werken.

```bash
git clone https://git.wur.nl/{GROUP}/{PROJ}.git
cd {PROJ}
```

## Inhoudsopgave

{toc}

## Waarom deze lijst?

Iedere nieuwe collega vraagt: "welke artikelen moet ik echt gelezen hebben?" Hieronder het antwoord van de leesgroep.
Artikelen met 📌 bespreken we elk jaar opnieuw; de rest is verdieping. We linken naar arXiv of OpenReview als dat kan,
anders staat de PDF op de groepsschijf (`W:\\ESG\\agrifood-nlp\\lezen`).

## Encoders

- 📌 [{T('1907.11692')}](https://arxiv.org/abs/1907.11692) — Liu e.a., 2019. BERT opnieuw, maar langer en beter getraind; nog steeds onze standaard-baseline.
- **{T('2006.03654')}** — He e.a., ICLR 2021. Ontvlochten aandacht voor inhoud en positie.
- {T('1906.08237')} (arXiv:1906.08237) — Yang e.a., NeurIPS 2019. Permutatie-taalmodellering als alternatief voor maskeren.
- **{T('1801.06146')}** — Howard & Ruder, ACL 2018. ULMFiT: fine-tunen in drie stappen, de klassieker.

## Meertalige modellen

- 📌 [{T('1911.02116')}](https://arxiv.org/pdf/1911.02116v2.pdf) — Conneau e.a., ACL 2020. XLM-R op CC-100; het startpunt voor Nederlandse en Vlaamse teksten.

## Grote decoders en schaal

- [{T('2205.01068')}](https://arxiv.org/abs/2205.01068v4) — Zhang e.a., 2022. Open gewichten tot 175B, met logboek van de training.
- **{T('1909.08053')}** — Shoeybi e.a., 2019. Tensor-parallelisme; lees het samen met de code van NVIDIA.
- [{T('1701.06538')}](https://openreview.net/forum?id={OR('1701.06538')}) — Shazeer e.a., ICLR 2017. De MoE-laag; de reviews op OpenReview zijn ook leerzaam.

## Modellen voor het Nederlands

| Model | Type | Waar | Opmerking |
| --- | --- | --- | --- |
| BERTje | encoder | Hugging Face (GroNLP) | Nederlandse BERT uit Groningen |
| RobBERT-2023 | encoder | Hugging Face (DTAI, KU Leuven) | gebruikt in ons project Oogstberichten |
| GEITje 7B | decoder | Hugging Face | Mistral, verder getraind op Nederlands |
| mT5-base | encoder-decoder | Hugging Face (Google) | voor samenvatten |

## Software

- [Hugging Face Transformers](https://github.com/huggingface/transformers) — de bibliotheek die iedereen gebruikt.
- [fairseq](https://github.com/facebookresearch/fairseq) — de originele code van RoBERTa en XLM-R.
- [Megatron-LM](https://github.com/NVIDIA/Megatron-LM) en [DeepSpeed](https://github.com/microsoft/DeepSpeed) — training op meerdere GPU's (op de Anunna-cluster: zie de wiki).
- Interne notebooks: {BASE}/-/tree/main/notebooks

## Data

- CC-100 en OSCAR: webcorpora met een Nederlands deel.
- SoNaR-corpus (Instituut voor de Nederlandse Taal), licentie nodig.
- Onze eigen geannoteerde oogstberichten: op aanvraag, zie {BASE}/-/wikis/data.

## Cursussen en video's

- Hugging Face NLP Course — hoofdstukken 1 t/m 4 als voorbereiding.
- Stanford CS224N (college-opnames op YouTube), vooral de colleges over voortraining.
- WUR-vak INF-34306 Machine Learning (periode 2) — geen taalmodellen, wel de basis.

## Bijdragen

Voeg een artikel toe via een merge request tegen `main`: één regel per artikel, titel exact zoals in het artikel,
met een link naar arXiv of OpenReview als die er is en één zin waarom het op de lijst hoort. Issues: {BASE}/-/issues

## Licentie

[CC BY 4.0](LICENSE) — Agrifood NLP, Wageningen University & Research.
"""
write_only(F, out, keys(F))
