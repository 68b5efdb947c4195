#!/usr/bin/env python3
"""437: a reading plan kept as an Obsidian note (German): YAML front matter (tags list, aliases, dates), callouts
`> [!info]` / `> [!warning]` / `> [!todo]-`, wikilinks to paper notes with aliases `[[Note|Title]]` (Obsidian file
names cannot hold ':'), Dataview inline fields `Status:: …`, task boxes with 📅 dates, an embedded `![[…]]`, block
ids `^w3`. State-space models and linear attention."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F437, keys

K = keys(F437)
t = T
text = f"""---
tags:
  - lesekreis
  - ssm
  - attention/linear
aliases:
  - SSM-Lesekreis WS24
created: 2024-10-07
updated: 2024-11-18
verantwortlich: "[[Jonas Albrecht]]"
---

# Lesekreis WS 24/25 – Zustandsraummodelle & lineare Attention

> [!info] Worum es geht
> Sieben Termine, jeweils **Montag 14:15–15:45**, Seminarraum 2.041 (oder Jitsi, Link im Kanal `#lesekreis`).
> Pro Termin ein Hauptpaper (alle lesen) und ein Nebenpaper (wer Zeit hat). Notizen pro Paper liegen unter
> `Paper/` – bitte dort schreiben, nicht hier. Vorlage: [[Vorlage Papernotiz]].

Status:: laufend
Moderation:: [[Jonas Albrecht]], [[Selin Yıldız]]
Nächster Termin:: [[2024-11-25]]

## Überblick

```dataview
TABLE status, vortrag, termin FROM "Paper" WHERE contains(tags, "lesekreis") SORT termin ASC
```

## Termin 1 – Warum nicht einfach Attention? ^w1

- [x] Hauptpaper: [[Sparse Transformer|{t('1904.10509')}]] (Child et al., OpenAI 2019) 📅 2024-10-14 ✅ 2024-10-14
  - Vortrag:: [[Selin Yıldız]]
  - Faktorisierte Muster (strided / fixed); wir wollen nur das Komplexitätsargument, nicht die Bild-Experimente.
- [x] Nebenpaper: [[Linformer|{t('2006.04768')}]] – Low-Rank-Projektion von K und V 📅 2024-10-14 ✅ 2024-10-14
  - Frage für die Diskussion: Ist die Rang-Annahme beim Decoder überhaupt haltbar?

## Termin 2 – Kernel-Trick ^w2

- [x] Hauptpaper: [[Linear Attention|{t('2006.16236')}]] (ICML 2020, PMLR Bd. 119) 📅 2024-10-21 ✅ 2024-10-21
  - Vortrag:: [[Jonas Albrecht]]
  - Kernaussage: kausale lineare Attention = RNN mit Matrix-Zustand. Unbedingt Abschnitt 3.4 lesen.
- [x] Nebenpaper: [[Performer]] – *{t('2009.14794')}* → https://openreview.net/forum?id={OR('2009.14794')} 📅 2024-10-21 ✅ 2024-10-21
  - FAVOR+; positive Zufallsfeatures. Die Varianzrechnung im Anhang reicht, wenn man Zeit hat.

> [!warning] Verschoben
> Termin 3 musste wegen der Fakultätsversammlung um eine Woche verschoben werden (04.11. statt 28.10.).

## Termin 3 – Sparse + global ^w3

- [x] Hauptpaper: [[BigBird|{t('2007.14062')}]] (NeurIPS 2020) 📅 2024-11-04 ✅ 2024-11-04
  - Vortrag:: [[Marek Novák]]
  - Warum reichen Fenster + globale Token + Zufallskanten? Beweisskizze Turing-Vollständigkeit nur überfliegen.
- [x] Nebenpaper: [[Expire-Span|{t('2105.06548').lower()}]] (ICML 2021) 📅 2024-11-04 ✅ 2024-11-04
  - Gedächtnis mit Ablaufdatum; passt gut als Brücke zu Termin 4.

## Termin 4 – HiPPO und S4 ^w4

- [x] Hauptpaper: [[HiPPO|{t('2008.07669')}]] – arXiv:2008.07669 (NeurIPS 2020) 📅 2024-11-11 ✅ 2024-11-11
  - Vortrag:: [[Selin Yıldız]]
  - LegS herleiten (Tafel!). Wer mag: „The Annotated S4“ (Blogpost von Rush & Karamcheti) als Begleitung – kein Paper.
- [x] Hauptpaper 2: [[S4|{t('2111.00396')}]] – ICLR 2022, https://openreview.net/forum?id={OR('2111.00396')} 📅 2024-11-11 ✅ 2024-11-11
  - DPLR-Parametrisierung, Cauchy-Kern; Path-X als Motivation.

![[Paper/S4#Offene Fragen]]

## Termin 5 – Selektivität ^w5

- [ ] Hauptpaper: [[Mamba]] – [{t('2312.00752')}](https://arxiv.org/abs/2312.00752) 📅 2024-11-25
  - Vortrag:: [[Jonas Albrecht]]
  - Selektiver Scan, hardware-bewusst; Code: `state-spaces/mamba` auf GitHub (nur `selective_scan_fn` anschauen).
- [ ] Nebenpaper: [[Hyena]] – [{t('2302.10866')}](https://arxiv.org/pdf/2302.10866v3) 📅 2024-11-25
  - Lange Faltungen statt Attention; ICML 2023.

## Termin 6 – Retention ^w6

- [ ] Hauptpaper: [[RetNet|{t('2307.08621')}]] (arXiv:2307.08621) 📅 2024-12-02
  - Vortrag:: [[Marek Novák]]
  - Drei Berechnungsformen (parallel, rekurrent, chunkweise) – mit Termin 2 vergleichen.

## Termin 7 – Abschluss ^w7

- [ ] Jede:r bringt eine Folie: welches Modell würdet ihr für 32k Kontext auf einer A6000 trainieren? 📅 2024-12-09
- [ ] Themenwahl Sommersemester (Kandidaten: MoE, Retrieval, Hybride) 📅 2024-12-09

> [!todo]- Offene Aufgaben (aufklappen)
> - [ ] PDFs in die Zotero-Gruppe „lesekreis-ssm“ legen (Selin)
> - [ ] Raum für Januar klären (Jonas)
> - [x] Jitsi-Link erneuern ✅ 2024-10-08

## Nicht auf dem Plan

- Das „Transformer-Paper“ setzen wir voraus.
- [[FlashAttention]] besprechen wir nur im Rahmen von [[Mamba]] (IO-Bewusstsein), nicht als eigenes Paper.
- Vorlesungsvideos: CS25 (Stanford) auf YouTube – Empfehlung, kein Pflichtstoff.

---
Verknüpft: [[Lesekreise MOC]] · [[Zotero-Gruppen]] · #lesekreis
"""
write_only(F437, text, K)
