#!/usr/bin/env python3
"""2206 (NEGATIVE): a XenForo thread of a student forum of the Université de Corse (Corte), copied from the browser as
text (as remembered: «Forums › … › …» breadcrumb, the thread title, «Discussion in '…' started by user, date», posts
with «user said: ↑» quotes and «Click to expand...», «Like Reply Report», reactions «A and B like this», «You must log
in or register to reply here.», «Share:», the footer «Community platform by XenForo® © 2010-2026 XenForo Ltd.»).
French with Corsican. No paper: software, books, data sets, courses, a talk and blog posts only.
Computed: post numbers «#n» (asserted consecutive)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2206)
POSTS = [
 ("ghjuvan_santucci", "Mar 14, 2026", [
  "Salute à tutti ! Je commence l'apprentissage automatique pour mon stage à Corte. Vous conseillez quoi comme",
  "ressources pour débuter, sans me noyer dans les articles de recherche ?"], ""),
 ("maria_pieri", "Mar 14, 2026", [
  "ghjuvan_santucci said: ↑", "sans me noyer dans les articles de recherche ?", "Click to expand...",
  "Pour les livres : « Deep Learning with Python » (François Chollet, Manning) et « Hands-On Machine Learning »",
  "d'Aurélien Géron. Côté outils, scikit-learn d'abord, PyTorch ensuite.", "Le cours fast.ai « Practical Deep Learning » est gratuit."],
  "ghjuvan_santucci and Petru_M like this."),
 ("Petru_M", "Mar 15, 2026", [
  "Pour les données en corse : le corpus BDLC (Banca di dati di a lingua corsa) et Common Voice qui a un peu de corse.",
  "Et il y a la conférence « Intelligenza artificiale è lingue minuritarie » de la Fête de la science, vidéo sur le site de l'université.",
  "Sinon le blog de Jay Alammar (The Illustrated Transformer) explique bien sans équations."], "maria_pieri likes this."),
 ("ghjuvan_santucci", "Mar 16, 2026", [
  "Merci à tous, ghjè perfettu ! Je commence par Géron et scikit-learn, puis le billet d'Alammar."], ""),
]
out = ["Forums › Vie étudiante › Informatique et numérique", "", "Débuter en apprentissage automatique : livres, outils, données ?", "",
       "Discussion in 'Informatique et numérique' started by ghjuvan_santucci, Mar 14, 2026.", ""]
for i, (u, d, body, likes) in enumerate(POSTS, 1):
    out += [u, "", d, f"#{i}", ""] + body + ([""] + [likes] if likes else []) + ["", "Like Reply Report", ""]
nums = [int(l[1:]) for l in out if l.startswith("#") and l[1:].isdigit()]
assert nums == list(range(1, len(POSTS) + 1))
out += ["You must log in or register to reply here.", "", "Share:", "Facebook  X  Reddit  Email  Link", "",
        "Forums › Vie étudiante › Informatique et numérique", "", "Français (FR)", "Contact us  Terms and rules  Privacy policy  Help  Home",
        "Community platform by XenForo® © 2010-2026 XenForo Ltd."]
write(F, "\n".join(out) + "\n", negative=True)
