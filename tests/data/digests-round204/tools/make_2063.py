#!/usr/bin/env python3
"""2063: a thread of an invented Comorian tech forum («Forum Tech Moroni»), copied from the browser as text: French with
Shikomori. Users, ranks, post counts, dates and the thread are invented. Computed: the post numbers, the dates in order
(asserted), the reply count, the «Discussion dans … lancée par …» line from the first post."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2063)
TITLE = "Entraîner et servir les grands modèles de langue – fil de lecture"
POSTS = [
 ("said_abdallah", "Membre confirmé", 912, "12/02/2026", [
   "Bariza ! Avec quelques collègues de l'Université des Comores on veut lire les articles sur le passage à l'échelle.",
   "Ma liste de départ :",
   f"- {T('2005.14165')} — arXiv:2005.14165, l'article de GPT-3",
   f"- {T('2302.13971')} https://arxiv.org/abs/2302.13971",
   "Ajoutez les vôtres."]),
 ("nadia.ahmed", "Membre", 64, "12/02/2026", [
   "Bonne liste. Pour l'entraînement distribué :",
   f"{T('1909.08053')}",
   "https://arxiv.org/pdf/1909.08053v4.pdf",
   f"et {T('2006.16668')} (http://arxiv.org/abs/2006.16668)"]),
 ("moussa_m", "Modérateur", 2750, "13/02/2026", [
   "N'oubliez pas les mélanges d'experts :",
   f"{T('1701.06538')} — https://openreview.net/forum?id={OR('1701.06538')}",
   f"Et {T('2205.01068')} pour les poids ouverts et le journal de bord.",
   "Le dépôt Megatron-LM et la vidéo de la conférence sont bien pour la pratique, mais ce ne sont pas des articles."]),
 ("zaharia_s", "Nouveau membre", 3, "14/02/2026", [
   f"Côté service : {T('2307.08691')}, puis {T('2309.06180')} (c'est vLLM).",
   "Marahaba !"]),
]
out = ["Forum Tech Moroni", "Accueil   Forums   Nouveautés   Membres   Connexion   Inscription",
       "Forums › Programmation & données › Intelligence artificielle", "", TITLE,
       f"Discussion dans « Intelligence artificielle » lancée par {POSTS[0][0]}, {POSTS[0][3]}. Réponses : {len(POSTS) - 1}", ""]
prev = None
for i, (u, rank, n, d, body) in enumerate(POSTS, 1):
    dd = dt.datetime.strptime(d, "%d/%m/%Y")
    assert prev is None or dd >= prev
    prev = dd
    out += [u, rank, f"Messages : {n}", f"{d}   #{i}", ""] + body + ["", "J'aime   Citer   Répondre", ""]
out += ["Vous devez vous connecter ou vous inscrire pour répondre ici.", "",
        "Partager :   Facebook   X   WhatsApp   E-mail   Lien",
        "Forum Tech Moroni · Moroni, Union des Comores · Conditions et règles · Confidentialité"]
write_only(F, "\n".join(out) + "\n", keys(F))
