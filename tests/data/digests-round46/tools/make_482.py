#!/usr/bin/env python3
"""482: a Todoist project exported with "Export as template" (CSV): Todoist's 12 columns TYPE, CONTENT, DESCRIPTION,
PRIORITY, INDENT, AUTHOR, RESPONSIBLE, DATE, DATE_LANG, TIMEZONE, DURATION, DURATION_UNIT; section / task / note
rows with the empty separator rows Todoist writes, Markdown links in task names, sub-tasks by INDENT, "Naam
(id)" authors, Dutch natural-language dates ("elke maandag", "15 apr"), comments as note rows. Dutch. Agents,
robotics and RL."""
import csv, io, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F482, keys, GO

t = T
S, J, M = "Sanne de Vries (40918273)", "Joost Hendriks (40922611)", "Mei Lin Tan (41007345)"
HDR = ["TYPE", "CONTENT", "DESCRIPTION", "PRIORITY", "INDENT", "AUTHOR", "RESPONSIBLE", "DATE", "DATE_LANG",
       "TIMEZONE", "DURATION", "DURATION_UNIT"]
TZ = "Europe/Amsterdam"
def sec(name): return ["section", name, "", "", "", "", "", "", "", "", "", ""]
def task(c, d="", p=4, ind=1, au=S, resp="", date="", dur="", unit=""):
    return ["task", c, d, str(p), str(ind), au, resp, date, "nl" if date else "", TZ if date else "", dur, unit if dur else ""]
def note(c, au=S): return ["note", c, "", "", "", au, "", "", "", "", "", ""]
E = [""] * 12
rows = [
 sec("Deze week"),
 task("Leesclub agents & robots voorbereiden", "Zaal 2.14 (Snellius-gebouw), donderdag 15:30. Koffie regelen bij het secretariaat.", 1, 1, S, S, "elke maandag", "30", "minute"), E,
 task(f"[{t('2205.06175')}](https://arxiv.org/abs/2205.06175)", "Gato. Sanne presenteert; focus op de tokenisatie van acties en de tabel met taken.", 1, 2, S, S, "15 apr", "90", "minute"), E,
 note("Let op: de blogpost van DeepMind is geen vervanging voor sectie 4.", J), E,
 task(f"[{t('2307.15818')}](https://arxiv.org/pdf/2307.15818.pdf)", "RT-2, leest samen met SayCan (zie hieronder).", 2, 2, J, J, "16 apr", "60", "minute"), E,
 task(f"{t('2204.01691')}", "SayCan, CoRL 2022. Projectpagina: say-can.github.io — geen arXiv-link nodig, Joost heeft de CoRL-pdf.", 3, 2, J, J, "16 apr"), E,
 sec("Achtergrond RL"),
 task(f"“{t('2006.05990')}”", "Andrychowicz et al., ICLR 2021. Voor de ablaties van PPO-instellingen; handig bij het afstellen van onze baseline.", 2, 1, M, M, "22 apr", "120", "minute"), E,
 task(f"{t('2101.03958')} — arXiv: 2101.03958", "Geleerde verliesfuncties (DQN-varianten) via evolutie van rekengrafen. ICLR 2021.", 3, 1, M, "", "23 apr"), E,
 task(f"{GO}", "AlphaGo Zero, Nature 2017. Klassieker; alleen de methodesectie en figuur 1. Exemplaar uit de UB (geen preprint).", 4, 1, S, "", ""), E,
 note("Als iemand de Nature-pdf heeft: graag in de gedeelde map /leesclub/2024-q2 zetten.", S), E,
 sec("LLM-agents"),
 task(f"[{t('2310.08560')}](https://arxiv.org/abs/2310.08560v2)", "Geheugenbeheer zoals in een besturingssysteem. Code: github.com/cpacker/MemGPT (nu Letta).", 2, 1, M, M, "29 apr", "60", "minute"), E,
 task(f"{t('2310.06770')}", f"Benchmark-artikel (ICLR 2024). OpenReview: https://openreview.net/forum?id={OR('2310.06770')} — leaderboard staat op swebench.com (geen artikel).", 2, 1, J, J, "30 apr"), E,
 task("Evaluatiescript voor SWE-bench Lite draaien op de DAS-6 nodes", "Docker-images eerst lokaal bouwen; zie README van princeton-nlp/SWE-bench.", 3, 2, J, J, "2 mei", "3", "hour"), E,
 task(f"Veiligheid: {t('2307.15043')}", "Zou et al. 2023 (GCG-aanval). Mei Lin wil dit koppelen aan ons red-teaming-werkpakket. Code op github.com/llm-attacks/llm-attacks.", 3, 1, M, M, "6 mei"), E,
 sec("Overig"),
 task("Subsidieaanvraag NWO XS: tekst agents-sectie aanleveren", "Deadline interne review", 1, 1, S, S, "10 mei"), E,
 task("Talk Pieter (TU Delft) over sim-to-real plannen — uitnodiging versturen", "", 4, 1, S, "", ""), E,
]
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HDR)
for r in rows: w.writerow(r)
text = buf.getvalue()
cells = "\n".join(c for r in csv.reader(io.StringIO(text)) for c in r)
write_only(F482, text, keys(F482), forms=[cells])
