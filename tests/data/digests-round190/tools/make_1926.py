#!/usr/bin/env python3
"""1926 (negative): the README of an invented awesome list on gitlab.univ-lille.fr (French) of tools, data sets, books,
talks and blog posts for a machine-learning lab — no paper. Software (scikit-learn, PyTorch, Jupyter, DVC, Label
Studio), data sets (Common Voice, OSCAR, Wikipédia dumps), books (Géron's «Machine Learning avec Scikit-Learn», Azencott's
«Introduction au Machine Learning»), a talk and blog posts. The project, its handles, the issues and the date are
invented. Computed: the table of contents from the headings (asserted to match GitLab's slugs)."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1926)


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


SECT = [("Logiciels", ["[scikit-learn](https://scikit-learn.org/stable/) — apprentissage classique, développé en grande partie en France.",
                       "[PyTorch](https://pytorch.org/) — réseaux de neurones.", "[JupyterLab](https://jupyter.org/) — carnets.",
                       "[DVC](https://dvc.org/) — versionner les données à côté du code.", "[Label Studio](https://labelstud.io/) — annotation."]),
        ("Jeux de données", ["[Common Voice (français)](https://commonvoice.mozilla.org/fr) — voix.",
                             "[OSCAR](https://oscar-project.org/) — corpus web multilingue.", "[Dumps Wikipédia](https://dumps.wikimedia.org/frwiki/) — texte."]),
        ("Livres", ["Aurélien Géron, *Machine Learning avec Scikit-Learn*, Dunod.", "Chloé-Agathe Azencott, *Introduction au Machine Learning*, Dunod."]),
        ("Exposés et billets", ["Exposé « Reproductibilité en apprentissage automatique » au séminaire du labo (vidéo sur la chaîne de l'université).",
                                "Billet de blog : « Bien démarrer avec DVC sur le cluster du mésocentre »."]),
        ("Contribuer", ["Ouvrez une issue avec le label ~ajout ou une merge request (voir !4). Merci à @lmoreau et @s.benali !"])]
out = ["# Awesome outils ML du labo [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "Une liste d'outils, de jeux de données, de livres et d'exposés utiles au quotidien. **Pas d'articles ici** : pour les",
       "lectures, voir le wiki du groupe de lecture.", "", "Dernière mise à jour : 4 mars 2026.", "", "## Sommaire", ""]
out += [f"- [{h}](#{slug(h)})" for h, _ in SECT] + [""]
for h, items in SECT:
    out += [f"## {h}", ""] + [("- " + i if not i.startswith("Ouvrez") else i) for i in items] + [""]
out += ["## Licence", "", "[CC0](https://creativecommons.org/publicdomain/zero/1.0/deed.fr) — projet hébergé sur https://gitlab.univ-lille.fr/lmoreau/awesome-outils-ml"]
text = "\n".join(out) + "\n"
assert len({slug(h) for h, _ in SECT}) == len(SECT)
write(F, text, negative=True)
