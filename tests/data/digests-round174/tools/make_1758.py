#!/usr/bin/env python3
"""1758: the README.md of an awesome list in a project on gitlab.jku.at (the GitLab of the Johannes Kepler Universität
Linz), German: the title with the awesome badge, pipeline / release / licence badges, a blockquote, a GitLab alert
(«> [!note]»), a hand-written «Inhalt» list of anchor links (GitLab's heading slugs, umlauts kept), four sections of
items (`- **[Title](url)** – note`, `- **Title** – note` with footnote references `[^x]`), a ```mermaid timeline of
nicknames, the implementations (repositories), «Mitmachen» with a clone block, the maintainers, the licence and the
footnote definitions at the end. The group `ml-lesekreis`, the project `awesome-effiziente-sequenzmodelle`, the
maintainers @f.huber and @l.gruber and the seminar are invented; the GitHub repositories (safari, bigbird,
performer-pytorch, lite-transformer, torchscale, flash-linear-attention), the Long Range Arena benchmark, PyTorch and
CC0 appear as what they are, never labelled. Nicknames Performer, RFA, Big Bird, Synthesizer, Lite Transformer, Hyena,
RetNet, Memformer appear in the timeline, where the paper is written in full above."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1758)
G, P = "ml-lesekreis", "awesome-effiziente-sequenzmodelle"
H = "https://gitlab.jku.at"
U = f"{H}/{G}/{P}"
txt = f"""# Awesome Effiziente Sequenzmodelle [![Awesome](https://awesome.re/badge-flat2.svg)](https://awesome.re)

[![pipeline status]({U}/badges/main/pipeline.svg)]({U}/-/commits/main)
[![Latest Release]({U}/-/badges/release.svg)]({U}/-/releases)
[![Lizenz: CC0-1.0](https://img.shields.io/badge/Lizenz-CC0_1.0-lightgrey.svg)](http://creativecommons.org/publicdomain/zero/1.0/)

> Eine kuratierte Liste von Papers und Code zu effizienter Attention, Rekurrenz und Gedächtnis in Sequenzmodellen.
> Gepflegt vom ML-Lesekreis; entstanden aus dem Seminar „Effiziente Sequenzmodelle“ im Wintersemester 2024/25.

> [!note]
> Die Reihenfolge innerhalb eines Abschnitts ist chronologisch und kein Ranking. Vergleichszahlen (z. B. auf der
> Long Range Arena) stehen bewusst nicht hier, weil sie je nach Implementierung stark schwanken.

## Inhalt

- [Lineare und kernelbasierte Attention](#lineare-und-kernelbasierte-attention)
- [Dünnbesetzte Attention](#dünnbesetzte-attention)
- [Synthetische Attention und lange Faltungen](#synthetische-attention-und-lange-faltungen)
- [Rekurrenz und Gedächtnis](#rekurrenz-und-gedächtnis)
- [Zeitleiste](#zeitleiste)
- [Implementierungen](#implementierungen)
- [Mitmachen](#mitmachen)
- [Lizenz](#lizenz)

## Lineare und kernelbasierte Attention

- **[{T("2009.14794")}](https://openreview.net/forum?id=Ua6zuk0WRH)** – Choromanski et al., ICLR 2021. FAVOR+ nähert die Softmax-Attention mit positiven Zufallsmerkmalen an; Zeit und Speicher linear in der Sequenzlänge.
- **{T("2103.02143")}** – Peng et al., ICLR 2021. Zufallsmerkmale plus ein Gating-Mechanismus, der wie ein Vergessen in RNNs wirkt.[^rfa]

## Dünnbesetzte Attention

- **[{T("2007.14062")}](https://arxiv.org/pdf/2007.14062)** – Zaheer et al., NeurIPS 2020. Lokale, globale und zufällige Verbindungen; theoretisch so ausdrucksstark wie volle Attention.
- **{T("2004.11886")}** (Wu et al., ICLR 2020, arXiv 2004.11886) – Ein Teil der Köpfe rechnet Faltungen für den lokalen Kontext, der Rest Attention für lange Abhängigkeiten. Gedacht für mobile Geräte.

## Synthetische Attention und lange Faltungen

- **[{T("2005.00743")}](https://arxiv.org/abs/2005.00743v3)** – Tay et al., ICML 2021. Lernt die Attention-Gewichte ohne Token-Token-Skalarprodukte – überraschend konkurrenzfähig.
- **[{T("2302.10866")}](https://arxiv.org/abs/2302.10866)** – Poli et al., ICML 2023. Implizit parametrisierte lange Faltungen mit Gating ersetzen die Attention vollständig.

## Rekurrenz und Gedächtnis

- **{T("2010.06891")}** – Wu et al., 2020. Externer, dynamischer Speicher, der über Segmente hinweg gelesen und geschrieben wird.[^mem]
- **{T("2307.08621")}** – Sun et al., 2023. Parallel trainierbar, rekurrent auswertbar; konstanter Speicher pro Schritt beim Generieren.[^ret]

## Zeitleiste

```mermaid
timeline
    title Auswahl aus dieser Liste
    2020 : Synthesizer : Lite Transformer : Big Bird : Performer : Memformer
    2021 : RFA
    2023 : Hyena : RetNet
```

## Implementierungen

| Modell | Repository | Framework |
| --- | --- | --- |
| Hyena | [HazyResearch/safari](https://github.com/HazyResearch/safari) | PyTorch |
| Big Bird | [google-research/bigbird](https://github.com/google-research/bigbird) | JAX / TF |
| Performer | [lucidrains/performer-pytorch](https://github.com/lucidrains/performer-pytorch) | PyTorch |
| Lite Transformer | [mit-han-lab/lite-transformer](https://github.com/mit-han-lab/lite-transformer) | PyTorch |
| RetNet | [microsoft/torchscale](https://github.com/microsoft/torchscale) | PyTorch |
| lineare Attention allgemein | [fla-org/flash-linear-attention](https://github.com/fla-org/flash-linear-attention) | PyTorch / Triton |

## Mitmachen

Vorschläge bitte als Merge Request gegen `main`. Ein Eintrag besteht aus dem vollständigen Titel, einem Link
(arXiv, OpenReview oder Proceedings), Erstautor·in mit Venue und Jahr und einem Satz, warum das Paper wichtig ist.
Vor dem Merge läuft in der CI `awesome-lint` und ein Linkcheck; lokal geht das so:

```bash
git clone {U}.git
cd {P}
make lint
```

Fragen gern in den Issues oder direkt an @f.huber oder @l.gruber.

## Lizenz

[![CC0](https://licensebuttons.net/p/zero/1.0/88x31.png)](http://creativecommons.org/publicdomain/zero/1.0/)

Soweit gesetzlich möglich haben die Maintainer alle Urheber- und verwandten Schutzrechte an dieser Liste aufgegeben.

[^rfa]: Im Seminar am 14. November 2024 besprochen; Folien im Wiki des Projekts: {U}/-/wikis/Seminar-2024-11-14
[^mem]: Gute Ergänzung zum Transformer-XL-Kapitel im Seminar; der Code ist leider nicht mehr gepflegt.
[^ret]: Der Vergleich mit Hyena und Mamba ist Thema des Lesekreises im März.
"""
write_only(F, txt, keys(F))
