#!/usr/bin/env python3
"""2069: an Alloy model (`graphe_citations.als` of an invented reading group), French comments: arXiv links (`/abs/`,
`/pdf/…v2`, `http://`, `/abs/…v3`) in `--` and `//` comments, one id in a block comment, three titles alone (in `--`
comments beside signatures named by nicknames), and non-papers (Alloy's docs, Jackson's book, the group's repository,
a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2069)
TXT = fill('''/*
 * graphe_citations.als -- le graphe de citations du groupe de lecture « Recherche automatique »
 * Équipe : Camille Rousseau <camille.rousseau@rech-auto.example.fr>, Théo Garnier
 * Dépôt : https://github.com/rech-auto-fr/lectures (dossier alloy/)
 * Ouvrir avec Alloy 6 (https://alloytools.org/documentation.html) ; livre : Daniel Jackson,
 * « Software Abstractions », 2e éd. (MIT Press), chap. 4 pour les relations transitives.
 *
 * Séance 3 : la mémoire pour l'apprentissage continu, [[T:2103.09762]]
 * (arXiv: 2103.09762), présentée par Théo.
 * Exposé enregistré : https://video.rech-auto.example.fr/expose/2024-06
 */
module lectures/graphe_citations

abstract sig Theme {}
one sig AutoML, Continu, Memoire extends Theme {}

abstract sig Article {
  cite: set Article,
  theme: one Theme,
  seance: one Int
}

-- [[T:2006.03656]]
--   https://arxiv.org/abs/2006.03656
one sig AutoHAS extends Article {}
-- [[T:2101.08809]] -- https://arxiv.org/pdf/2101.08809v2
one sig PyGlove extends Article {}
// [[T:2108.04392]] (http://arxiv.org/abs/2108.04392)
one sig SelectionDARTS extends Article {}
// [[T:2001.04451]] : https://arxiv.org/abs/2001.04451v3
one sig Reformer extends Article {}
one sig GPM extends Article {}
-- [[T:2105.06548]] (pas encore lu)
one sig Expire extends Article {}
-- [[T:2008.07669]]
one sig HiPPO extends Article {}
-- [[T:2011.03459]] (proposé par Camille, hors thème)
one sig RequetesComplexes extends Article {}

fact Themes {
  (AutoHAS + PyGlove + SelectionDARTS).theme = AutoML
  (GPM + RequetesComplexes).theme = Continu
  (Reformer + Expire + HiPPO).theme = Memoire
}

fact Citations {
  PyGlove.cite = AutoHAS
  SelectionDARTS.cite = AutoHAS
  Expire.cite = Reformer
  HiPPO.cite = none
  GPM.cite = none
  no a: Article | a in a.^cite
}

fact Seances {
  all a: Article | a.seance >= 1 and a.seance <= 6
  all a, b: Article | b in a.cite implies b.seance <= a.seance
}

pred programme {
  #{a: Article | a.seance = 3} = 2
  GPM.seance = 3
}

assert pasDeCycle {
  no a: Article | a in a.^cite
}

check pasDeCycle for 10 but 5 Int
run programme for 10 but 5 Int
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
