#!/usr/bin/env python3
"""1689: a French PhD student's `lectures` notebook in nb (xwmx/nb, a command-line note, bookmark and todo tool),
pasted from a terminal: `nb lectures:list` (one `[lectures:N] …` line per item, newest first; 🔖 for bookmarks,
✔️ for todos, the title from each file's first heading), two bookmarks shown with `nb show … --print | sed -n 1,Np`
(nb's bookmark file: `# title`, `<url>`, `## Description`, `## Tags`, `## Content`) and a note in full. The list
lines are computed from the modelled items. The file ends on a bare prompt without a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1689)
PS = "camille@thinkpad-lab:~$ "
NOTE10 = [
    "# Plan de lecture — semestre 2",
    "",
    "Objectif : choisir la méthode de pré-entraînement pour les coupes histologiques avant la réunion d'avril.",
    "",
    "## Méthodes par distillation / redondance",
    "",
    f"- [{T('2103.03230')}](https://arxiv.org/abs/2103.03230) — pas de négatifs, très simple à coder",
    f"- {T('2006.07733')} (arXiv:2006.07733) — la référence, à comparer avec Barlow Twins",
    "",
    "## Contrastif",
    "",
    f"- [{T('2004.11362')}](https://arxiv.org/pdf/2004.11362v5.pdf) — si on utilise les étiquettes des pathologistes",
    f"- {T('2010.04592')} — l'échantillonnage des négatifs, utile pour nos classes déséquilibrées",
    f"- {T('2011.04419')} — le mixup comme augmentation quand on n'a pas d'augmentations « naturelles »",
    "",
    "## À garder en tête",
    "",
    f"- {T('2006.06882')} : l'auto-apprentissage peut battre le pré-entraînement ImageNet quand les données sont loin.",
    "- Cours du M2 (séance 6) et bibliothèque solo-learn pour les implémentations de référence.",
    "",
    "Voir aussi [[lectures:14]] et [[lectures:11]].",
]
ITEMS = [  # (id, kind, title, body lines for `nb show`)
    (14, "bookmark", f"[2106.08254] {T('2106.08254')}", [
        f"# [2106.08254] {T('2106.08254')}", "", "<https://arxiv.org/abs/2106.08254>", "", "## Description", "",
        f"Abstract page for arXiv paper 2106.08254: {T('2106.08254')}", "", "## Tags", "", "#ssl #vit #histo", "",
        "## Content", "", "Computer Science > Computer Vision and Pattern Recognition", ""]),
    (13, "todo", "[ ] Relancer la pré-tâche masquée sur les coupes (batch 512, 300 époques)", None),
    (12, "bookmark", "GitHub - histo-lab-example/ssl-coupes: pré-entraînement auto-supervisé pour coupes histologiques (fork de solo-learn)", None),
    (11, "bookmark", f"{T('2011.06182')} | OpenReview", [
        f"# {T('2011.06182')} | OpenReview", "", f"<https://openreview.net/forum?id={OR('2011.06182')}>", "",
        "## Tags", "", "#transfert #finetuning", "", "## Content", "", T('2011.06182'), ""]),
    (10, "note", NOTE10[0][2:], NOTE10),
    (9, "bookmark", "Apprentissage auto-supervisé — M2 IASD, séance 6 (diapositives)", None),
    (8, "note", "Réunion d'équipe du 12/02", None),
]


def line(it):
    i, k, t, _ = it
    mark = {"bookmark": "🔖 ", "todo": "✔️ ", "note": ""}[k]
    return f"[lectures:{i}] {mark}{t}"


def build():
    L = [PS + "nb lectures:list"] + [line(x) for x in sorted(ITEMS, key=lambda x: -x[0])]
    for i in (14, 11):
        body = next(x[3] for x in ITEMS if x[0] == i)
        L += [PS + f"nb show lectures:{i} --print | sed -n 1,{len(body)}p"] + body
    L += [PS + "nb show lectures:10 --print"] + NOTE10
    L += [PS + "nb lectures:edit 10", PS + "nb sync", "[lectures] Syncing...", "[lectures] Done.", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
