/*
 * graphe_citations.als -- le graphe de citations du groupe de lecture « Recherche automatique »
 * Équipe : Camille Rousseau <camille.rousseau@rech-auto.example.fr>, Théo Garnier
 * Dépôt : https://github.com/rech-auto-fr/lectures (dossier alloy/)
 * Ouvrir avec Alloy 6 (https://alloytools.org/documentation.html) ; livre : Daniel Jackson,
 * « Software Abstractions », 2e éd. (MIT Press), chap. 4 pour les relations transitives.
 *
 * Séance 3 : la mémoire pour l'apprentissage continu, Gradient Projection Memory for Continual Learning
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

-- AutoHAS: Efficient Hyperparameter and Architecture Search
--   https://arxiv.org/abs/2006.03656
one sig AutoHAS extends Article {}
-- PyGlove: Symbolic Programming for Automated Machine Learning -- https://arxiv.org/pdf/2101.08809v2
one sig PyGlove extends Article {}
// Rethinking Architecture Selection in Differentiable NAS (http://arxiv.org/abs/2108.04392)
one sig SelectionDARTS extends Article {}
// Reformer: The Efficient Transformer : https://arxiv.org/abs/2001.04451v3
one sig Reformer extends Article {}
one sig GPM extends Article {}
-- Not All Memories are Created Equal: Learning to Forget by Expiring (pas encore lu)
one sig Expire extends Article {}
-- HiPPO: Recurrent Memory with Optimal Polynomial Projections
one sig HiPPO extends Article {}
-- Complex Query Answering with Neural Link Predictors (proposé par Camille, hors thème)
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
