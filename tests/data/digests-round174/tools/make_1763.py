#!/usr/bin/env python3
"""1763: a room of Citadel Team (Thales's secure team messenger, web client) selected and copied from the browser into a
text file, French: the room head («# lecture-llm», «Salon privé · N membres»), then blocks separated by blank lines: day
separators «lundi 12 mai 2025», messages «Name» / «HH:MM» / text (a following message of the same person within the
group shows only its time), a reply line «↪ En réponse à X : « … »», reactions «👍 3», an attachment «📎 name (n Ko)»
and one-line events «X a rejoint le salon · HH:MM» / «X a quitté le salon · HH:MM»; French typography as people type it
(some no-break spaces before «:», «?», «!», typographic apostrophes). The room, its members, the files and the dates are
invented; the Jean Zay cluster, DeepSpeed, Megatron-style parallelism, lm-evaluation-harness and the Open LLM
Leaderboard appear as what they are, never labelled. Nicknames LLaMA, OPT, Megatron-LM, MMLU, GPT-3, MoE, InstructGPT,
MT-Bench appear where the papers are written in full."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1763)
D = dt.datetime
NB = "\u00a0"
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MEMBERS = 9
# kind, time, who, text, extras (reply, reactions, file)
items = [
    ("msg", D(2025, 5, 12, 9, 14), "Hélène Marchand",
     f"Bonjour à tous{NB}! Pour le club de lecture de jeudi je propose qu’on parte sur l’entraînement à grande échelle, "
     f"puisqu’on a enfin les heures sur Jean Zay. Base commune{NB}: {T('2302.13971')} https://arxiv.org/abs/2302.13971", {"react": "👍 4"}),
    ("msg", D(2025, 5, 12, 9, 16), "Hélène Marchand",
     f"Et pour comparer les journaux d’entraînement, {T('2205.01068')} https://arxiv.org/pdf/2205.01068.pdf — ils ont publié "
     "leur logbook avec tous les redémarrages, c’est très instructif.", {}),
    ("join", D(2025, 5, 12, 9, 31), "Karim Benali", None, {}),
    ("msg", D(2025, 5, 12, 9, 40), "Karim Benali",
     "Salut ! Côté parallélisme on part sur DeepSpeed ou sur du Megatron ? Si c’est Megatron il faut lire "
     f"{T('1909.08053')} (https://arxiv.org/abs/1909.08053v4), le découpage tensoriel y est expliqué clairement.", {}),
    ("msg", D(2025, 5, 12, 10, 2), "Sophie Leroy",
     f"Je peux présenter {T('1701.06538')} si on veut parler des MoE, c’est l’article de Shazeer et al. (ICLR 2017).",
     {"reply": ("Karim Benali", "Côté parallélisme on part sur DeepSpeed ou sur du Megatron ?"), "react": "🙌 2"}),
    ("file", D(2025, 5, 12, 10, 47), "Karim Benali", "📎 config_tp4_pp2.yaml (3 Ko)", {}),
    ("msg", D(2025, 5, 12, 10, 48), "Karim Benali", "La config qu’on utilisait l’an dernier, pour référence.", {}),
    ("day", D(2025, 5, 13), None, None, {}),
    ("msg", D(2025, 5, 13, 14, 5), "Thomas Girard",
     f"Pour l’évaluation, il faut au moins {T('2009.03300')}{NB}: https://arxiv.org/abs/2009.03300 — on le fait tourner avec "
     "lm-evaluation-harness, comme pour l’Open LLM Leaderboard.", {"react": "👍 2"}),
    ("msg", D(2025, 5, 13, 14, 9), "Thomas Girard",
     f"Et pour juger les réponses libres{NB}: {T('2306.05685')} (Zheng et al., 2023). On n’a pas de budget pour "
     "des annotateurs humains de toute façon.", {}),
    ("msg", D(2025, 5, 13, 16, 22), "Hélène Marchand",
     f"Bonne idée. Je rajoute {T('2203.02155')} (arXiv 2203.02155) pour la partie alignement, "
     f"et évidemment {T('2005.14165')} comme point de départ historique{NB}?", {"react": "✅ 3"}),
    ("leave", D(2025, 5, 13, 17, 50), "Sophie Leroy", None, {}),
    ("day", D(2025, 5, 15), None, None, {}),
    ("msg", D(2025, 5, 15, 8, 57), "Karim Benali",
     "Rappel : club de lecture à 14 h en salle B204, et en visio pour ceux de Saclay.", {"react": "👍 5"}),
]
L = ["# lecture-llm", f"Salon privé · {MEMBERS} membres", ""]


def day_line(d):
    return f"{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year}"


L += [day_line(items[0][1]), ""]
prev_who, prev_t = None, None
for kind, t, who, text, ex in items:
    if kind == "day":
        L += [day_line(t), ""]; prev_who = None; continue
    assert prev_t is None or t > prev_t; prev_t = t
    if kind in ("join", "leave"):
        L += [f"{who} a {'rejoint' if kind == 'join' else 'quitté'} le salon · {t:%H:%M}", ""]; prev_who = None; continue
    blk = ([who] if who != prev_who else []) + [f"{t:%H:%M}"]
    if "reply" in ex:
        blk.append(f"↪ En réponse à {ex['reply'][0]} : « {ex['reply'][1]} »")
    blk.append(text)
    if "react" in ex:
        blk.append(ex["react"])
    L += blk + [""]
    prev_who = who
write_only(F, "\n".join(L), keys(F))
