#!/usr/bin/env python3
"""1997: a «plan de cours» of an invented Master's course at the Université de Lomé (Togo), copied from the PDF: French
with Ewe. Computed: the hours adding up (asserted), the weights adding up to 100 % (asserted), session numbering, the
page footers «UL – FDS | INF 912 | page n/N»."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1997)
HRS = [("Cours magistral (CM)", 20), ("Travaux dirigés (TD)", 10), ("Travaux pratiques (TP)", 15)]
assert sum(h for _, h in HRS) == 45
EVAL = [("Exposé d'article", 30), ("Projet TP", 30), ("Examen final", 40)]
assert sum(p for _, p in EVAL) == 100
SES = [
 ("Transformers sur graphes", [f"Lecture : « {T('2106.05234')} » (NeurIPS 2021), https://arxiv.org/abs/2106.05234"]),
 ("Mémoire et séquences longues", [f"Lecture : {T('2010.06891')}", f"   forum OpenReview : https://openreview.net/forum?id={OR('2010.06891')}"]),
 ("Recherche d'entités et génération", [f"Lecture : {T('2010.00904')} (ICLR 2021) –", "   http://arxiv.org/abs/2010.00904v2"]),
 ("Vision et langage", [f"Lecture : {T('2301.12597')}, https://arxiv.org/pdf/2301.12597v3.pdf", "   (démo du modèle sur Hugging Face : ce n'est pas un article)"]),
 ("Passage à l'échelle", [f"Lecture : {T('2006.16668')}, Lepikhin et al., arXiv:2006.16668."]),
 ("Généralisation hors domaine", [f"Lecture : {T('2007.01434')} (Gulrajani & Lopez-Paz, ICLR 2021)"]),
 ("Interprétabilité et visualisation", [f"Lecture : {T('2103.14625')} (ACL 2021, démonstrations)", "   + l'outil en ligne Dodrio, à essayer en TP"]),
 ("ACP et théorie des jeux", [f"Lecture : {T('2010.00554')} (ICLR 2021)"]),
]
pages = [[], []]
p1 = ["UNIVERSITÉ DE LOMÉ", "Faculté Des Sciences (FDS) – Département de Mathématiques et Informatique",
      "Lomé nutome suku gã", "", "PLAN DE COURS", "Année académique 2025-2026 – Semestre 9", "",
      "Intitulé : INF 912 – Transformers au-delà du texte", "Crédits : 5 ECTS",
      "Responsable : Dr Kodjo Amévi Agbéko", "Chargée de TD/TP : Mme Akossiwa Dzifa Mensah",
      "Prérequis : INF 811 (Apprentissage profond)", "", "Volume horaire"]
p1 += [f"{n} : {h} h" for n, h in HRS] + [f"Total : {sum(h for _, h in HRS)} h", "", "Modalités d'évaluation"]
p1 += [f"{n} : {p} %" for n, p in EVAL] + ["", "Woezɔ ! Bienvenue dans le cours. Les lectures ci-dessous sont obligatoires."]
p2 = ["Programme des séances"]
for i, (t, ls) in enumerate(SES, 1):
    p2.append(f"Séance {i} – {t}")
    p2 += ["   " + l if not l.startswith("   ") else l for l in ls]
p2 += ["", "Ressources complémentaires (hors articles)",
       "- Livre : « Deep Learning » de Goodfellow, Bengio et Courville (MIT Press)",
       "- Bibliothèque PyTorch Geometric (documentation en ligne)",
       "- Vidéo : conférence de Yann LeCun au Collège de France (2016)",
       "", "Akpe na mi ! – Fait à Lomé, le 12 janvier 2026"]
out = []
for i, p in enumerate([p1, p2], 1):
    out += p + ["", f"UL – FDS | INF 912 | page {i}/2", ""]
write_only(F, "\n".join(out[:-1]) + "\n", keys(F))
