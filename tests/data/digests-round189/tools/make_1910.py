#!/usr/bin/env python3
"""1910: a French lab's NetLogo model (`fourragement-rl.nlogo`, NetLogo 6.4's text model format): the Code tab
(globals, breeds, setup / go procedures with `;` comments naming papers — one id in a comment, arxiv-text), the
Interface section (GRAPHICS-WINDOW, BUTTON, SLIDER, PLOT blocks), the Info tab in Markdown (## WHAT IS IT? …
## CREDITS AND REFERENCES with arXiv links `/abs/`, `/pdf/…v2`, `http://` and three titles alone, one not on arXiv),
the default shapes, the version line and the other sections, separated by `@#$#@#$#@`; non-papers (the NetLogo
Models Library, a repository, a book, a talk). LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, AGZ

F = by_num(1910)
SEP = "@#$#@#$#@"


def build():
    code = [
        "; Fourragement avec apprentissage par renforcement (modèle jouet pour le séminaire du 21 mars)",
        "; Auteur : Léa Marchand, équipe ALGO, bureau 3.21",
        "",
        "globals [ total-food episode epsilon ]",
        "breed [ foragers forager ]",
        "foragers-own [ energy q-table last-state last-action ]",
        "patches-own [ food ]",
        "",
        "to setup",
        "  clear-all",
        "  set epsilon initial-epsilon",
        "  ask patches [",
        "    set food ifelse-value (random-float 100 < food-density) [ 5 ] [ 0 ]",
        "    recolor",
        "  ]",
        "  create-foragers population [",
        "    setxy random-xcor random-ycor",
        "    set energy 20",
        "    set q-table table:make",
        "    set color orange",
        "  ]",
        "  reset-ticks",
        "end",
        "",
        "to go",
        "  if not any? foragers [ stop ]",
        "  ask foragers [",
        "    let s state-of-here",
        "    ; epsilon-greedy ; pour régler epsilon et decay automatiquement, voir",
        f"    ; « {T('2101.08809')} » (arXiv 2101.08809)",
        "    let a ifelse-value (random-float 1 < epsilon) [ random 4 ] [ best-action s ]",
        "    act a",
        "    learn s a",
        "  ]",
        "  set epsilon max (list 0.05 (epsilon * decay))",
        "  tick",
        "end",
        "",
        "to-report state-of-here",
        "  report (list (food > 0) (count foragers-here > 1))",
        "end",
        "",
        "to-report best-action [ s ]",
        "  let qs map [ a -> table:get-or-default q-table (list s a) 0 ] [ 0 1 2 3 ]",
        "  report position (max qs) qs",
        "end",
        "",
        "to act [ a ]",
        "  rt a * 90",
        "  fd 1",
        "  set energy energy - 1",
        "  if food > 0 [ set energy energy + food  set total-food total-food + food  set food 0  recolor ]",
        "  if energy <= 0 [ die ]",
        "end",
        "",
        "to learn [ s a ]",
        "  let r ifelse-value (energy > 20) [ 1 ] [ -0.1 ]",
        "  let old table:get-or-default q-table (list s a) 0",
        "  table:put q-table (list s a) (old + learning-rate * (r + 0.9 * max-q state-of-here - old))",
        "end",
        "",
        "to-report max-q [ s ]",
        "  report max map [ a -> table:get-or-default q-table (list s a) 0 ] [ 0 1 2 3 ]",
        "end",
        "",
        "to recolor",
        "  set pcolor ifelse-value (food > 0) [ green ] [ brown - 3 ]",
        "end",
    ]
    code.insert(3, "extensions [ table ]")
    code.insert(4, "")
    iface = [
        "GRAPHICS-WINDOW", "210", "10", "647", "448", "-1", "-1", "13.0", "1", "10", "1", "1", "1", "0", "1", "1", "1",
        "-16", "16", "-16", "16", "1", "1", "1", "ticks", "30.0", "",
        "BUTTON", "15", "20", "95", "53", "NIL", "setup", "NIL", "1", "T", "OBSERVER", "NIL", "NIL", "NIL", "NIL", "1", "",
        "BUTTON", "105", "20", "185", "53", "NIL", "go", "T", "1", "T", "OBSERVER", "NIL", "NIL", "NIL", "NIL", "0", "",
        "SLIDER", "15", "70", "187", "103", "population", "population", "1", "100", "25.0", "1", "1", "NIL",
        "HORIZONTAL", "",
        "SLIDER", "15", "110", "187", "143", "food-density", "food-density", "0", "100", "30.0", "1", "1", "%",
        "HORIZONTAL", "",
        "SLIDER", "15", "150", "187", "183", "learning-rate", "learning-rate", "0", "1", "0.1", "0.01", "1", "NIL",
        "HORIZONTAL", "",
        "SLIDER", "15", "190", "187", "223", "initial-epsilon", "initial-epsilon", "0", "1", "0.3", "0.05", "1", "NIL",
        "HORIZONTAL", "",
        "SLIDER", "15", "230", "187", "263", "decay", "decay", "0.9", "1", "0.995", "0.001", "1", "NIL",
        "HORIZONTAL", "",
        "PLOT", "15", "280", "200", "430", "Nourriture récoltée", "ticks", "total", "0.0", "10.0", "0.0", "10.0",
        "true", "false", "\"\" \"\"", "PENS", "\"total\" 1.0 0 -16777216 true \"\" \"plot total-food\"", "",
    ]
    info = [
        "## WHAT IS IT?",
        "",
        "Un modèle jouet de fourragement : chaque agent apprend une table Q (état = nourriture ici ? voisin ici ?) par "
        "Q-learning tabulaire. Il sert d'exemple pour la séance du groupe de lecture « RL et AutoML » du 21 mars.",
        "",
        "## HOW IT WORKS",
        "",
        "À chaque tick, l'agent choisit une action epsilon-greedy, avance, mange et met à jour sa table. "
        "`epsilon` décroît de `decay` à chaque tick, sans descendre sous 0,05.",
        "",
        "## HOW TO USE IT",
        "",
        "Réglez `population` et `food-density`, puis SETUP et GO. Le graphique montre la nourriture récoltée.",
        "",
        "## THINGS TO TRY",
        "",
        "Comparez `learning-rate` = 0,1 et 0,5 ; la séance discutera des choix d'implémentation "
        "(normalisation des avantages, etc.) décrits dans l'étude de Google citée plus bas.",
        "",
        "## EXTENDING THE MODEL",
        "",
        "Remplacer la table par un modèle de séquence (trajectoires entières), comme dans le papier de Janner et al. ; "
        "voir les références.",
        "",
        "## NETLOGO FEATURES",
        "",
        "Utilise l'extension `table` (fournie avec NetLogo).",
        "",
        "## RELATED MODELS",
        "",
        "Ants et Wolf Sheep Predation, dans la bibliothèque de modèles de NetLogo (Sample Models > Biology) — des modèles, "
        "pas des articles.",
        "",
        "## CREDITS AND REFERENCES",
        "",
        "Séance du 21 mars (salle 3.21, animée par Léa Marchand et Hugo Perrin) :",
        "",
        f"* {T('2106.02039')} — https://arxiv.org/abs/2106.02039",
        f"* {T('2006.05990')} — https://arxiv.org/pdf/2006.05990v1",
        f"* {T('2307.15818')} — http://arxiv.org/abs/2307.15818",
        "",
        "Pour la séance suivante (titres seulement, les PDF sont dans le Zotero du groupe) :",
        "",
        f"* {T(AGZ)} (Nature, 2017)",
        f"* {T('2006.03656')}",
        f"* {T('2108.04392')}",
        f"* {T('2103.13462')}",
        "",
        "Autres ressources (pas des articles) : le livre de Sutton et Barto, *Reinforcement Learning: An Introduction* "
        "(2e éd.) ; le dépôt https://github.com/google/pyglove ; l'exposé d'Hugo : "
        "https://webinaire.equipe-algo.example.fr/seminaire/2024-02-08",
    ]
    shapes = ["default", "true", "0", "Polygon -7500403 true true 150 5 40 250 150 205 260 250", "",
              "circle", "false", "0", "Circle -7500403 true true 0 0 300", ""]
    links = ["default", "0.0", "-0.2 0 0.0 1.0", "0.0 1 1.0 0.0", "0.2 0 0.0 1.0", "link direction", "true", "0",
             "Line -7500403 true 150 150 90 180", "Line -7500403 true 150 150 210 180"]
    parts = ["\n".join(code), "\n".join(iface), "\n".join(info), "\n".join(shapes), "NetLogo 6.4.0", "setup repeat 75 [ go ]", "", "",
             "", "\n".join(links), "0", ""]
    return ("\n" + SEP + "\n").join(parts)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
