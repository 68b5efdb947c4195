#!/usr/bin/env python3
"""2085: a post on an invented personal Hugo blog (PaperMod-like chrome: header menu, title, «date · n min · author»,
table of contents, tags, previous / next links, «Propulsé par Hugo & PaperMod») from Ajaccio with its Disqus comment
thread (French Disqus chrome: «n commentaires», «Se connecter», «Trier par Meilleurs», «Participer à la discussion…»,
«Nom • il y a n jours», «Répondre • Partager ›»), copied as text from the browser: French with Corsican. The blog,
people and texts are invented. Computed: the comment count, the table of contents = the section headings (asserted),
the reading time from the word count."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(2085)
TITLE = "Ce que j'ai lu cet hiver : entraîner et servir les grands modèles"
SECTIONS = [
 ("Répartir le modèle", [
  f"Tout part pour moi de {T('2006.16668')} (Lepikhin et al., 2020) : https://arxiv.org/abs/2006.16668",
  "Le mélange d'experts y est découpé sur des centaines d'accélérateurs ; la partie sur l'annotation du découpage vaut la lecture.",
  "Pour la pratique, la documentation de DeepSpeed et le dépôt Megatron-LM sur GitHub (du logiciel, pas des articles)."]),
 ("Calculer l'attention plus vite", [
  f"Le deuxième article que j'ai relu trois fois : {T('2307.08691')} (https://arxiv.org/pdf/2307.08691v1.pdf).",
  "Tri Dao explique très bien pourquoi le partage du travail entre blocs compte plus que les FLOPs."]),
 ("Servir", [
  f"Côté inférence, {T('2309.06180')} – http://arxiv.org/abs/2309.06180 – c'est l'article de vLLM ; le logiciel, lui, tourne chez nous depuis l'automne.",
  f"Et pour allonger le contexte sans tout réentraîner : {T('2306.15595')}, https://arxiv.org/abs/2306.15595v2.",
  f"Sur le décodage, je relis toujours {T('1904.09751')} (Holtzman et al., ICLR 2020) avant de régler top-p."]),
 ("Hors sujet mais lu quand même", [
  f"Un article théorique que m'a passé Paulu : {T('2010.08515')} (Li, Zhang et Arora, ICLR 2021).",
  "Et une conférence filmée de l'école d'été de Corte sur l'apprentissage fédéré (vidéo, 1 h 10)."]),
]
COMMENTS = [
 ("Paulu Santoni", "il y a 5 jours", [
  "Bonghjornu Ghjuvan ! Merci pour la liste.",
  f"Pour l'apprentissage fédéré, l'article qu'on citait à Corte est {T('2111.04263')} (ICLR 2021), arXiv:2111.04263."]),
 ("Marie-Ange Pietri", "il y a 4 jours", [
  f"Tu avais parlé aussi de {T('2103.14167')} (ICCV 2021) au meetup, tu le mets dans le prochain billet ?"]),
 ("Ghjuvan Santucci", "il y a 4 jours", ["@Marie-Ange Pietri oui, billet vision en mars. À prestu !"]),
]
words = sum(len(l.split()) for _, ls in SECTIONS for l in ls)
out = ["Carnet d'Ajaccio", "Accueil   Articles   Étiquettes   À propos   Rechercher", "",
       "Accueil » Articles", "", TITLE,
       f"14 février 2026 · {max(1, round(words / 200))} min · Ghjuvan Santucci", "",
       "Table des matières"] + [f"  {h}" for h, _ in SECTIONS] + ["",
       "Bonghjornu à tutti ! Pas de réseau au-dessus de Vizzavona pendant les vacances : j'ai donc lu. Voici mes notes.", ""]
for h, ls in SECTIONS:
    out += [h, ""] + [x for l in ls for x in (l, "")]
assert [l.strip() for l in out[out.index("Table des matières") + 1:out.index("Table des matières") + 1 + len(SECTIONS)]] == [h for h, _ in SECTIONS]
out += ["Étiquettes : llm   inférence   lectures", "",
        "« Précédent : Installer un cluster Slurm dans un garage", "Suivant : Un an de Raspberry Pi au bord du golfe »", "",
        "Publier sur Mastodon   Partager sur LinkedIn", "",
        f"{len(COMMENTS)} commentaires", "Se connecter", "Trier par Meilleurs", "", "Participer à la discussion…", ""]
for who, when, ls in COMMENTS:
    out += [f"{who} • {when}", *ls, "Répondre • Partager ›", ""]
out += ["S'abonner   Politique de confidentialité   Ne vendez pas mes données", "",
        "© 2026 Carnet d'Ajaccio · Propulsé par Hugo & PaperMod"]
write_only(F, "\n".join(out) + "\n", keys(F))
