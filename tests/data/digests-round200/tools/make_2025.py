#!/usr/bin/env python3
"""2025: a blog post with comments on an invented tech blog from Bamako (Mali), copied from the browser: French with
Bambara lines. The blog «Kalanko IA», its author and the commenters are invented. Computed: the comment count, the
«d mois yyyy à hh h mm» forms from datetimes, the comments after the post and in order (asserted)."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(2025)
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
def fd(d): return f"{d.day} {FR_M[d.month - 1]} {d.year} à {d.hour} h {d.minute:02d}"
POST = dt.datetime(2026, 1, 25, 9, 30)
TITLE = "Modèles génératifs : ma liste de lecture pour 2026"
BODY = [
 "I ni ce ! Après l'atelier de décembre à l'USTTB, plusieurs d'entre vous m'ont demandé quoi lire pour comprendre",
 "les modèles de diffusion. Voici ma liste, dans l'ordre où je la conseille.",
 "",
 f"1. Le point de départ historique : {T('1503.03585')} (Sohl-Dickstein et al., 2015).",
 f"2. {T('2010.02502')} — l'échantillonnage rapide, lien OpenReview : https://openreview.net/forum?id={OR('2010.02502')}",
 f"3. {T('2105.05233')}, l'article qui a fait basculer le domaine (Dhariwal et Nichol).",
 f"4. {T('2207.12598')} (arXiv:2207.12598), court et très clair.",
 f"5. Dans l'espace latent : {T('2106.05931')} → https://arxiv.org/abs/2106.05931",
 f"6. Le plus récent : {T('2403.03206')} (https://arxiv.org/pdf/2403.03206v1), c'est le papier de Stable Diffusion 3.",
 "",
 "Pour pratiquer, la bibliothèque Diffusers de Hugging Face et son cours gratuit suffisent ; le livre « Understanding",
 "Deep Learning » de Simon Prince a deux bons chapitres sur le sujet.",
 "",
 "Catégories : IA, Lectures   Étiquettes : diffusion, génératif, bamanankan",
]
COMMENTS = [
 ("Oumou Traoré", dt.datetime(2026, 1, 25, 14, 12), [
   f"Merci ! Et pour la 3D ? J'ai vu {T('2303.11328')} passer, lien : <http://arxiv.org/abs/2303.11328>"]),
 ("Seydou Keïta", dt.datetime(2026, 1, 26, 8, 47), [
   f"A ka ɲi kosɛbɛ. Côté texte, n'oubliez pas {T('1904.09751')}, c'est la même question (comment échantillonner)."]),
 ("Fatoumata Diarra", dt.datetime(2026, 1, 27, 19, 5), ["On fait un groupe de lecture à Bamako ? Je peux réserver la salle du Fablab."]),
]
prev = POST
for _, d, _ in COMMENTS:
    assert d > prev
    prev = d
L = ["Kalanko IA", "L'intelligence artificielle expliquée depuis Bamako", "",
     "Accueil   Tutoriels   Lectures   À propos   Contact", "", TITLE,
     f"Publié le {fd(POST)} par Mamadou Coulibaly", ""] + BODY + ["",
     f"{len(COMMENTS)} réflexions sur « {TITLE} »", ""]
for who, d, txt in COMMENTS:
    L += [who, fd(d), ""] + txt + ["", "Répondre", ""]
L += ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée.", "",
      "© 2026 Kalanko IA — Propulsé par WordPress"]
write_only(F, "\n".join(L) + "\n", keys(F))
