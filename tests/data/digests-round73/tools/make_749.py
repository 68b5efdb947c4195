#!/usr/bin/env python3
"""749: a Halibut source file (cours-seq-04.but) for Simon Tatham's documentation system: \\cfg{…}{…} settings
(input-charset UTF-8, xhtml / html / text back-end options), \\define macros, \\title, \\copyright, \\versionid, \\C /
\\H / \\S sections with ids, paragraphs separated by blank lines, \\b bullets and \\n numbered items, \\e{} \\c{} \\cw{}
\\q{}, \\W{url}{text} links, \\k{} cross references and citations, \\B{key} bibliography entries (\\nocite), \\c code
paragraphs, \\# comments, \\{ \\} \\\\ escapes. French lecture notes on sequence models, memory and state spaces."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, au, write_only
from make_expected import by_num, keys, CTC

F = by_num(749)
A = lambda k: f"https://arxiv.org/abs/{k}"

text = f"""\\# cours-seq-04.but — Modèles de séquences, séance 4
\\# Compiler : halibut --html --text --pdf cours-seq-04.but
\\# (Halibut 1.3 ; les sorties vont dans build/, voir le Makefile du dépôt)

\\cfg{{input-charset}}{{UTF-8}}
\\cfg{{html-contents-filename}}{{index.html}}
\\cfg{{html-template-filename}}{{%k.html}}
\\cfg{{html-leaf-level}}{{1}}
\\cfg{{html-head-end}}{{<link rel="stylesheet" href="cours.css">}}
\\cfg{{text-width}}{{72}}
\\cfg{{text-indent}}{{4}}
\\cfg{{pdf-paper}}{{A4}}
\\cfg{{chapter}}{{Séance}}
\\cfg{{section}}{{Partie}}

\\title Modèles de séquences — séance 4 : mémoire, récurrence et espaces d'états

\\copyright Copyright 2024 Hélène Marchetti, Master 2 IA, Université de Haute-Garonne (établissement fictif).
Notes distribuées sous licence CC BY-SA 4.0.

\\versionid $Id: cours-seq-04.but 1187 2024-03-12 08:41:17Z hmarchetti $

\\C{{intro}} Avant de commencer

Les transparents, le code des TP et ces notes sont sur le dépôt du cours :
\\W{{https://gitlab.hautegaronne-univ.example.fr/m2ia/modeles-sequences}}{{\\cw{{m2ia/modeles-sequences}}}}.
Le TP noté (sujet \\q{{copie retardée}}) est à rendre le 26 mars avant 23 h 59.

Rappel : pour compiler ces notes il faut Halibut (logiciel), pas LaTeX. Une accolade
littérale s'écrit avec une barre oblique inverse devant, par exemple \\c{{\\{{}} dans la source.

\\C{{rappels}} Rappels : encodeur–décodeur et alignement

On part de l'article fondateur \\q{{{T("1409.3215")}}} \\k{{sutskever}}
({au("1409.3215", 3)}), disponible sur \\W{{{A("1409.3215")}}}{{arXiv}}.
Deux LSTM empilés, l'entrée inversée : un tour de main qui améliore nettement le BLEU.

Pour la reconnaissance de la parole, l'alignement inconnu se traite avec la perte CTC :
\\q{{{T(CTC)}}} \\k{{graves}}. On la retrouve dans le TP 2 via \\c{{torch.nn.CTCLoss}} (une
fonction de la bibliothèque PyTorch, pas un article).

\\c import torch
\\c ctc = torch.nn.CTCLoss(blank=0, zero_infinity=True)
\\c loss = ctc(log_probs, cibles, longueurs_entree, longueurs_cibles)

Enfin \\q{{{T("1706.03762")}}} (arXiv:1706.03762) \\k{{vaswani}} remplace la récurrence par
l'attention \\dash avec le coût quadratique que l'on connaît.

\\C{{memoire}} Rendre une mémoire aux Transformers

\\n \\q{{{T("2002.09402")}}} \\k{{fan}} : chaque couche lit la représentation la plus haute des pas
précédents (\\W{{{A("2002.09402")}}}{{version arXiv}}).

\\n \\q{{{T("2105.06548")}}} \\k{{sukhbaatar}} : chaque souvenir reçoit une durée de vie apprise ;
voir la page OpenReview pour les échanges avec les relecteurs
(\\W{{https://openreview.net/forum?id={OR("2105.06548")}}}{{forum OpenReview}}).

\\n \\q{{{T("2310.08560")}}} \\k{{packer}} : gestion hiérarchique de la mémoire à la manière d'un
système d'exploitation. Lecture facultative, plus \\q{{système}} qu'apprentissage.

\\C{{ssm}} Récurrence linéaire et espaces d'états sélectifs

\\q{{{T("2307.08621")}}} \\k{{sun}} propose trois modes de calcul (parallèle, récurrent, par
blocs) pour la même couche de rétention.

\\q{{{T("2312.00752")}}} \\k{{gu}} \\dash \\W{{{A("2312.00752")}}}{{lien}} \\dash rend les paramètres du
SSM dépendants de l'entrée ; le noyau CUDA est dans le dépôt \\cw{{state-spaces/mamba}} (logiciel).

\\H{{ssm-plus}} Pour aller plus loin

\\b le billet de blog \\q{{The Annotated S4}} (blog, pas un article) ;

\\b la vidéo du séminaire Stanford MLSys sur les SSM (exposé) ;

\\b les notes de cours du MIT 6.S191 (cours en ligne).

\\C{{exos}} Exercices

\\n Montrer que la perte CTC se calcule en \\e{{O(T·|y|)}} par programmation dynamique
(voir \\k{{rappels}}).

\\n Écrire la récurrence de la rétention et vérifier l'équivalence avec le mode parallèle
pour \\e{{n}} = 3.

\\n Coût mémoire : comparer un cache KV de 8 k jetons et l'état d'un SSM de dimension
\\e{{N}} = 16.

\\U Références

\\B{{graves}} {au(CTC, 4, "")}. \\q{{{T(CTC)}}}. \\e{{Proceedings of the 23rd International
Conference on Machine Learning}}, 2006, p. 369–376.

\\B{{sutskever}} {au("1409.3215", 3, "")}. \\q{{{T("1409.3215")}}}. NeurIPS 2014.
\\W{{{A("1409.3215")}}}{{{A("1409.3215")}}}

\\B{{vaswani}} {au("1706.03762", 3)}. \\q{{{T("1706.03762")}}}. NeurIPS 2017. arXiv:1706.03762.

\\B{{fan}} {au("2002.09402", 3)}. \\q{{{T("2002.09402")}}}. Prépublication, 2020.

\\B{{sukhbaatar}} {au("2105.06548", 3)}. \\q{{{T("2105.06548")}}}. ICML 2021.

\\B{{sun}} {au("2307.08621", 3)}. \\q{{{T("2307.08621")}}}. Prépublication, 2023.

\\B{{packer}} {au("2310.08560", 3)}. \\q{{{T("2310.08560")}}}. Prépublication, 2023.

\\B{{gu}} {au("2312.00752", 2, "")}. \\q{{{T("2312.00752")}}}. Prépublication, 2023.
"""
write_only(F, text, keys(F))
