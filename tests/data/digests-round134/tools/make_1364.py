#!/usr/bin/env python3
"""1364: a Zeste de Savoir forum topic (the French community site's forum) copied from the browser as text (select
all): the site's menu, the breadcrumb, the topic's title and subtitle, the tags, `Ce sujet est résolu.`, then each
message as the page lays it out — the member's name on its own line (`Auteur du sujet` under the author), the date
line `le 16 janvier 2024 à 21:04` (a later `Édité le …` for edited messages), the text with its quotes (`Citation :`),
the vote counts, `Cette réponse a aidé l'auteur du sujet` under the helpful answers — the pager, the `Répondre` box
placeholder and the footer. Link text only survives the copy where the address itself was written: links whose text is
a title lost their address. Papers: bare arXiv abs / pdf addresses, an OpenReview forum address and an `arXiv:` id in
the messages, three titles alone; the peft docs, bitsandbytes, Unsloth, axolotl and a notebook are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F1364, keys

MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def when(d, m, y, hh, mm):
    return f"le {d} {MOIS[m - 1]} {y} à {hh:02d}:{mm:02d}"


def typo(s):
    """zmarkdown's French typography: a narrow no-break space before ? ! ; and a no-break space before : and inside « »"""
    s = s.replace(" ?", "\u202f?").replace(" !", "\u202f!").replace(" ;", "\u202f;").replace(" :", "\u00a0:")
    return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


MSGS = [  # (member, author?, date, edited, text lines, votes (+, -), helped)
    ("camille_b", True, (16, 1, 2024, 21, 4), None, [
        "Bonjour à tous,",
        "",
        "Je prépare mon stage de M2 et je dois adapter un modèle de langue (7B) à des comptes rendus médicaux. Je n'ai qu'une RTX 3090 (24 Go) au labo.",
        "",
        "J'ai lu qu'on ne fine-tune plus tout le modèle mais qu'on utilise des méthodes « parameter-efficient ». Il y en a une dizaine, LoRA, adapters, prefix, prompts… je m'y perds complètement. Par où commencer ? Quels articles lire en priorité ?",
        "",
        "Merci d'avance !"], (4, 0), False),
    ("Vael", False, (16, 1, 2024, 22, 37), (17, 1, 2024, 8, 12), [
        "Salut,",
        "",
        "Pour une seule carte de 24 Go, la réponse courte c'est QLoRA : le modèle de base est quantifié en 4 bits et tu n'entraînes que des matrices de rang faible.",
        "",
        f"- l'article de base : {T('2106.09685')} — https://arxiv.org/abs/2106.09685",
        f"- la version quantifiée : {T('2305.14314')} — https://arxiv.org/pdf/2305.14314",
        "",
        "Côté code, la bibliothèque peft de Hugging Face fait tout ça (doc : https://huggingface.co/docs/peft), avec bitsandbytes pour la quantification. Unsloth et axolotl sont pratiques aussi, mais ce sont des outils, pas des méthodes.",
        "",
        "Édité le 17 janvier 2024 à 08:12"], (7, 0), True),
    ("ludovic-r", False, (17, 1, 2024, 9, 50), None, [
        "Citation : Vael",
        "la réponse courte c'est QLoRA",
        "",
        "D'accord pour la pratique, mais pour comprendre d'où ça vient je conseillerais de lire dans l'ordre :",
        "",
        f"1. {T('1902.00751')} (les adapters, 2019) : https://arxiv.org/abs/1902.00751",
        f"2. {T('2101.00190')}, de Li et Liang",
        f"3. {T('2103.10385')} (P-tuning)",
        f"4. et pour faire la synthèse : {T('2110.04366')}, https://openreview.net/forum?id={OR('2110.04366')}",
        "",
        "Le dernier montre que adapters, prefix-tuning et LoRA sont des variantes d'une même formule. Très éclairant."], (5, 0), True),
    ("camille_b", True, (17, 1, 2024, 12, 18), None, [
        "Merci beaucoup à vous deux, c'est exactement ce qu'il me fallait. Dernière question : comment choisir le rang r ? J'ai vu qu'il existe des méthodes qui l'adaptent automatiquement."], (1, 0), False),
    ("gribouille", False, (17, 1, 2024, 14, 3), None, [
        f"Oui, {T('2303.10512')} (arXiv:2303.10512) répartit un budget de rang entre les couches pendant l'entraînement. En pratique r = 8 ou 16 suffit souvent, commence par là.",
        "",
        f"Et si tu as très peu d'exemples annotés, jette un œil à « {T('2205.05638')} » (la méthode (IA)³ / T-Few) : ça marche bien avec quelques dizaines d'exemples.",
        "",
        "Mon notebook d'essai, si ça peut aider : https://gitlab.example.fr/gribouille/notebooks/-/blob/main/qlora_3090.ipynb"], (3, 0), False),
    ("camille_b", True, (18, 1, 2024, 19, 26), None, [
        "Je marque le sujet comme résolu. Je reviendrai poster mes résultats !"], (0, 0), False),
]
out = ["Zeste de Savoir", "Tutoriels", "Articles", "Billets", "Forums", "Rechercher", "Connexion", "Inscription", "",
       "Accueil", "Forums", "Sciences", "Informatique", "",
       typo("Fine-tuner un LLM sur une seule carte graphique : par où commencer ?"),
       "LoRA, adapters, prefix… je m'y perds", "",
       "intelligence-artificielle", "apprentissage-automatique", "python", "",
       "Ce sujet est résolu.", ""]
for who, author, d, edited, lines, (up, down), helped in MSGS:
    out.append(who)
    if author: out.append("Auteur du sujet")
    out.append(when(*d))
    out.append("")
    out += [typo(l) for l in lines]
    out.append("")
    out.append(f"+{up} -{down}")
    if helped: out.append("Cette réponse a aidé l'auteur du sujet")
    out.append("")
out += ["1", "", "Connectez-vous pour pouvoir poster un message.", "Connexion", "Pas encore membre ?", "Créez un compte en une minute pour profiter pleinement de toutes les fonctionnalités de Zeste de Savoir. Ici, tout est gratuit et sans publicité.", "Créer un compte", "",
        "Zeste de Savoir", "À propos", "Contact", "Licence", "Conditions générales d'utilisation", "Mentions légales", "API", "Code source", "", "Zeste de Savoir • Version : v30.4-yellow/3b1c2a9"]
text = "\n".join(out) + "\n"
write_only(F1364, text, keys(F1364))
