#!/usr/bin/env python3
"""516 (NEGATIVE): an extended M3U playlist (.m3u8, UTF-8, as VLC / mpv / Kodi read it) in which a Dutch reading group
collects the recordings of its seminar season: #EXTM3U header with #PLAYLIST, #EXTINF duration,"Artist - Title"
lines, #EXTGRP groups, #EXTVLCOPT options, plain # comments in Dutch with deadlines, rooms and tools, local files
and https URLs. It names talks, tutorials, tools, repositories, people and deadlines but no paper at all; the
builder refuses any catalogue title and any arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write, no_catalogue_title
from make_expected import F516

items = [
 ("Seizoensopening", 2712, "Leesgroep ML Valmarina - Welkom en planning najaar", "opnames/2024-09-12_opening.mp4",
  ["# Opname zaal 0.14 (Gebouw Noord). Slides staan op de groepsschijf onder /seminar/2024-najaar/."]),
 ("Seizoensopening", 3480, "Femke Dijkhuizen - Hoe lees je een ML-artikel in een uur?", "opnames/2024-09-12_dijkhuizen.mp4",
  ["# Inclusief de checklist die Femke uitdeelde (PDF in de map /handouts)."]),
 ("Gereedschap", 3925, "Ruben Aldewereld - Zotero, Better BibTeX en een gedeelde bibliotheek", "opnames/2024-09-26_aldewereld_zotero.mkv",
  ["#EXTVLCOPT:start-time=95", "# Eerste anderhalve minuut is stilte, daarom start-time."]),
 ("Gereedschap", 2290, "Ruben Aldewereld - Demo: papis en een Git-repository voor notities", "https://media.example.nl/leesgroep/papis-demo.mp4", []),
 ("Gereedschap", 1805, "Noor el Amrani - JupyterHub op het rekencluster (rondleiding)", "https://media.example.nl/leesgroep/jupyterhub-rondleiding.mp4",
  ["# Accounts aanvragen via de servicedesk; deadline voor het najaarsblok: 4 oktober."]),
 ("Gastsprekers", 4210, "Dr. Willemijn Kortekaas - Taalmodellen in de rechtspraak: ervaringen uit de praktijk", "opnames/2024-10-10_kortekaas.mp4",
  ["# Alleen intern delen: toestemming spreker geldt niet voor publicatie."]),
 ("Gastsprekers", 3605, "Prof. Sander Bleeker - Van benchmark naar product: wat we leerden bij de gemeente", "opnames/2024-10-24_bleeker.mp4", []),
 ("Tutorials", 5410, "Tutorial - PyTorch Lightning van nul tot cluster (deel 1)", "opnames/2024-11-07_lightning_1.mp4", []),
 ("Tutorials", 5125, "Tutorial - PyTorch Lightning van nul tot cluster (deel 2)", "opnames/2024-11-07_lightning_2.mp4",
  ["# Oefenrepository: https://git.example.nl/leesgroep/lightning-oefeningen"]),
 ("Tutorials", 2870, "Tutorial - Weights & Biases sweeps in een half uur", "https://media.example.nl/leesgroep/wandb-sweeps.mp4", []),
 ("Conferenties", 3300, "Terugblik op de zomerconferenties (Joris, Femke en Noor)", "opnames/2024-11-21_terugblik.mp4",
  ["# Posters en foto's in het gedeelde album; reiskostendeclaraties vóór 1 december indienen."]),
 ("Conferenties", 1980, "Keynote-samenvatting: open modellen en reproduceerbaarheid (opname van de livestream)", "https://media.example.nl/leesgroep/keynote-samenvatting.mp4", []),
 ("Conferenties", 2650, "Noor el Amrani - Posterpraatje oefenen (generale repetitie)", "opnames/2024-11-28_amrani_oefen.mp4",
  ["# Alleen voor de groep; Noor wil feedback op de eerste vijf minuten."]),
 ("Gereedschap", 3120, "Joris Hoogeveen - Slurm voor beginners: wachtrijen, arrays en checkpoints", "opnames/2024-11-28_slurm.mp4",
  ["#EXTVLCOPT:start-time=40"]),
 ("Gereedschap", 1500, "Femke Dijkhuizen - Overleaf, latexdiff en samenwerken met je promotor", "https://media.example.nl/leesgroep/overleaf-latexdiff.mp4", []),
 ("Gastsprekers", 3890, "Dr. Thijs Verbruggen - Energieverbruik van het rekencluster meten en verminderen", "opnames/2024-12-05_verbruggen.mp4",
  ["# Dashboard waar Thijs naar verwees: https://grafana.example.nl/d/cluster-energie"]),
 ("Tutorials", 4400, "Tutorial - Hugging Face datasets en het streamen van grote corpora", "https://media.example.nl/leesgroep/hf-datasets-streaming.mp4",
  ["# Notebook: https://git.example.nl/leesgroep/tutorials/-/blob/main/datasets_streaming.ipynb"]),
 ("Afsluiting", 2460, "Panel - Promoveren in tijden van grote modellen", "opnames/2024-12-12_panel.mp4",
  ["# Panelleden: Femke Dijkhuizen, Ruben Aldewereld, Dr. Willemijn Kortekaas; moderator Joris Hoogeveen."]),
 ("Afsluiting", 900, "Joris Hoogeveen - Planning voorjaar en kerstborrel", "opnames/2024-12-12_afsluiting.mp4",
  ["# Voorjaar: indienen van voorstellen voor sessies kan tot 15 januari via het formulier op de wiki."]),
]

lines = ["#EXTM3U", "#PLAYLIST:Leesgroep ML Valmarina — opnames najaar 2024",
         "# Afspeellijst voor VLC/mpv. Bijgehouden door Joris Hoogeveen <j.hoogeveen@example.nl>.",
         "# Lokale paden zijn relatief ten opzichte van de groepsschijf (\\\\fs01\\leesgroep\\).",
         "# Nieuwe opnames: eerst door ffmpeg (-c:v libx264 -crf 23) en dan hier toevoegen, groep via #EXTGRP.",
         ""]
group = None
for g, dur, title, loc, extra in items:
    if g != group:
        lines.append(f"# ---- {g}")
        group = g
    lines.append(f"#EXTINF:{dur},{title}")
    lines.append(f"#EXTGRP:{g}")
    lines.extend(extra)
    lines.append(loc)
    lines.append("")
text = "\n".join(lines).rstrip("\n") + "\n"
no_catalogue_title(text, F516)
write(F516, text, negative=True)
