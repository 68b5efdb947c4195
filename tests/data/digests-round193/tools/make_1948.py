#!/usr/bin/env python3
"""1948: a French reading club's ChoiceScript game (`startup.txt`): *title, *author, *scene_list, *create, *comment
lines with sources, narrative text with [i] and [b] tags and ${} variables, *choice blocks whose #options end in
*goto, *if / *else, *label, *link lines (an OpenReview forum link, an arXiv `/pdf/…v2` link), *comment links (`/abs/`,
`http://`), one id in the narrative (arxiv-text), three titles alone in options and text — and non-papers (a book, the
ChoiceScript docs, a repository, a talk). Two-space indentation, LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num

F = by_num(1948)


def build():
    L = [
        "*title L'Agent du labo",
        "*author Club de lecture IA, Université (Camille Roux)",
        "*scene_list",
        "  startup",
        "  epilogue",
        "",
        "*create curiosite 0",
        "*create prudence 0",
        "*create nom \"Alex\"",
        "*create lu_cot false",
        "",
        "*comment Sources du club (séance du 21 mars) — pas affichées en jeu :",
        "*comment   " + T("2308.03688") + " https://arxiv.org/abs/2308.03688",
        "*comment   " + T("2307.15043") + " http://arxiv.org/abs/2307.15043",
        "*comment   doc ChoiceScript : https://www.choiceofgames.com/make-your-own-games/choicescript-intro/",
        "*comment   (doc, pas un paper) ; dépôt du club : https://git.clubia.example.fr/camille/agent-du-labo",
        "",
        "Il est 23 h au labo. L'écran de ${nom} affiche encore le planning du club de lecture,",
        "et l'agent expérimental — [i]Hermès[/i] — attend une instruction.",
        "",
        "*choice",
        "  #Lui demander de « réfléchir étape par étape ».",
        "    *set curiosite +1",
        "    *set lu_cot true",
        "    C'est l'idée de [b]" + T("2201.11903") + "[/b] :",
        "    *link https://openreview.net/forum?id=" + OR("2201.11903"),
        "    Hermès déroule son raisonnement en douze lignes, dont une fausse.",
        "    *goto robot",
        "  #Lui faire lire un manuel scolaire entier.",
        "    *set curiosite +1",
        "    Camille lève les yeux : « Comme dans " + T("2306.11644") + " ? Des données propres avant tout. »",
        "    *goto robot",
        "  #Éteindre l'écran et rentrer.",
        "    *set prudence +2",
        "    *finish Bonne nuit.",
        "",
        "*label robot",
        "Dans la salle d'à côté, un bras robotique attend lui aussi. Le papier punaisé au mur dit :",
        "« " + T("2204.01691") + " » (arXiv 2204.01691), avec une",
        "flèche vers la phrase « ne proposer que ce que le robot sait faire ».",
        "",
        "*if lu_cot",
        "  Hermès propose trois plans, et en élimine deux lui-même.",
        "*else",
        "  Hermès propose un plan au hasard.",
        "",
        "*page_break",
        "",
        "*choice",
        "  #Lui montrer une image du tableau blanc.",
        "    Il faut un modèle qui voit : [i]" + T("2304.08485") + "[/i].",
        "    *link https://arxiv.org/pdf/2304.08485v2 le papier (PDF)",
        "    *goto fin",
        "  #Tester un suffixe bizarre pour le faire déraper.",
        "    *set prudence +1",
        "    Mauvaise idée : c'est exactement l'attaque du papier cité plus haut, et Hermès répond n'importe quoi.",
        "    *goto fin",
        "  #Lui demander s'il est sûr de lui.",
        "    Hermès répond « à 80 % ». Camille cite " + T("2207.05221") + " :",
        "    les modèles savent parfois ce qu'ils savent.",
        "    *goto fin",
        "",
        "*label fin",
        "Avant de partir, ${nom} note la lecture de la semaine prochaine sur le tableau :",
        "[b]" + T("2206.07682") + "[/b] — et, hors programme, le livre",
        "[i]Artificial Intelligence: A Modern Approach[/i] (un livre, pas un article).",
        "",
        "Curiosité : ${curiosite}, prudence : ${prudence}.",
        "",
        "*comment vidéo de la séance : https://video.clubia.example.fr/seances/2024-03-21",
        "*finish",
        "",
    ]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
