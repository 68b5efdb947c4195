#!/usr/bin/env python3
"""1107: a NotePlan 3 calendar note (Calendar/20240305.md, German), a PhD student's day plan around the group's
reading session on efficient LLM training and inference. NotePlan syntax: `* ` open tasks, `* [x]` done, `* [-]`
cancelled, `* [>]` scheduled with `>YYYY-MM-DD`, `+ ` checklist items, `- ` bullets, time blocks `- HH:MM-HH:MM`,
`[[note links]]`, `#tags`, `@mentions`, `> ` quotes, `//` hidden comment."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import F1107, keys

TPL = """## Tagesplan
- 07:45-08:30 Mails, Slack, #rechenzeit Anfrage nachsehen
- 09:00-11:00 Lesen für die Lesegruppe (Fokus, Handy weg)
- 11:00-12:00 Lesegruppe „Effizientes Training & Inferenz“ (Raum 2.041 + Zoom) @Jonas moderiert
- 13:30-16:00 Quantisierungs-Ablation auf node07 weiterlaufen lassen
- 16:30-17:00 1:1 mit @Prof.Keller

## Lesegruppe 05.03.
Thema heute: wo geht beim Feintuning und Ausrollen großer Modelle eigentlich der Speicher hin? Vorbereitung aus [[Lesegruppe WiSe 23-24]].
* [x] [[T:2402.09353]] — https://arxiv.org/abs/2402.09353 (Zusammenfassung für die Folien, Abschn. 3 + Tab. 2) #lesen
* [x] Folie zu „Magnitude vs. Richtung“ aus DoRA-Paper bauen
* [[T:2211.17192]] nochmal querlesen: https://arxiv.org/pdf/2211.17192.pdf — Abb. 1 erklärt's besser als jeder Blog #lesen
+ [x] Beamer-Template vom Lehrstuhl holen
+ [x] Raum gebucht
+ Kamera im 2.041 testen

> @Jonas: „Bitte jeder ein Paper mitbringen, das er schon mal *selbst* nachgebaut hat.“

Meine Notizen:
- [[T:2205.14135]] (https://arxiv.org/abs/2205.14135) — Kernaussage: nicht FLOPs sind das Problem, sondern HBM↔SRAM-Verkehr. Tiling + Recompute im Backward. Unsere Implementierung: flash-attn 2.5 in [[Setup Cluster]]
- Mixed Precision: ICLR-Version lesen statt arXiv, da ist Loss-Scaling sauberer beschrieben → https://openreview.net/forum?id=r1gs9JgRZ ([[T:1710.03740]])
- Quantisierung: „[[T:2210.17323]]“ (arXiv:2210.17323) vs. [[T:2208.07339]] — Frage für die Runde: warum Outlier-Features erst ab ~6.7B Parametern?
- Tim meinte, für die Praxis reicht die bitsandbytes-Doku, Paper nur Abschn. 3 lesen.
- @Aylin hatte nach dem Paper zur Bibliothek gefragt: [[T:1910.03771]] (EMNLP 2020, Demo-Track) → in die Zotero-Gruppe
* [-] Vergleich mit AWQ — nächstes Mal, zu viel für eine Sitzung
* [>] Decoding-Teil vorbereiten: [[T:1904.09751]] (Nucleus Sampling) für die Sitzung am 19.03. >2024-03-19

## Experimente
* [x] Ablation GPTQ 4bit, group size 128 auf node07 neu starten (Job 448213)
* Ergebnistabelle in [[Quantisierung Ergebnisse]] nachtragen #exp
* [>] Perplexity-Skript auf WikiText-103 umstellen >2024-03-06
+ Plot: Speicher vs. Perplexity, log-Achse

## Sonstiges
* Reisekostenabrechnung Workshop Tübingen #verwaltung
* [x] @Prof.Keller Entwurf Kapitel 2 schicken
- Mensa: Linsen-Dal 🙂
// Passwort-Reset Clusterkonto erst nach 14 Uhr möglich, steht im Wiki
"""

write_only(F1107, fill(TPL, {}), keys(F1107))
