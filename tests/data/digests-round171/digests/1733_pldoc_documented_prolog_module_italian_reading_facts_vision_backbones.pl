:- module(letture_visione,
          [ articolo/4,            % ?Chiave, ?Titolo, ?Anno, ?Url
            preprint/2,            % ?Chiave, ?Id
            tema/2,                % ?Chiave, ?Tema
            da_leggere/2,          % ?Chiave, ?Titolo
            letture_per_tema/2     % +Tema, -Titoli
          ]).

/** <module> Letture del gruppo di visione artificiale

Base di fatti con gli articoli discussi nel gruppo di lettura del
laboratorio (a.a. 2023/24). Url punta ad arXiv quando l'articolo è lì;
altrimenti vale `none` e resta solo il titolo.

Esempio:

==
?- letture_per_tema(architetture, Ts), length(Ts, N).
==

Non sono articoli e quindi non stanno qui: la libreria timm, le slide
del corso CS231n e i video del seminario di dipartimento.

@author  Giulia Ferraris
@license BSD-2
*/

:- use_module(library(apply)).
:- use_module(library(lists)).

%!  articolo(?Chiave:atom, ?Titolo:string, ?Anno:integer, ?Url:atom) is nondet.
%
%   Articolo letto o da leggere. Url è l'atomo `none` se non abbiamo
%   un link (versioni solo su rivista o negli atti).

articolo(he2015prelu,
         "Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification",
         2015, none).
articolo(he2016resnet,
         "Deep Residual Learning for Image Recognition",
         2016, 'https://arxiv.org/abs/1512.03385').
articolo(krizhevsky2012alexnet,
         "ImageNet Classification with Deep Convolutional Neural Networks",
         2012, none).
articolo(micikevicius2018amp,
         "Mixed Precision Training",
         2018, 'https://arxiv.org/abs/1710.03740v3').
articolo(steiner2021vit,
         "How to train your ViT? Data, Augmentation, and Regularization in Vision Transformers",
         2021, 'https://arxiv.org/abs/2106.10270').
articolo(tan2019efficientnet,
         "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
         2019, 'https://arxiv.org/pdf/1905.11946v5').
articolo(zhang2020resnest,
         "ResNeSt: Split-Attention Networks",
         2020, none).
articolo(zhang2021medselect,
         "MedSelect: Selective Labeling for Medical Image Classification Combining Meta-Learning with Deep Reinforcement Learning",
         2021, none).

%!  preprint(?Chiave:atom, ?Id:atom) is nondet.
%
%   Identificativo del preprint per gli articoli che nelle slide sono
%   citati solo così.

preprint(he2015prelu, 'arXiv:1502.01852').

%!  tema(?Chiave:atom, ?Tema:atom) is nondet.
%
%   Tema della sessione in cui l'articolo è stato (o sarà) presentato.

tema(he2015prelu, inizializzazione).
tema(he2016resnet, architetture).
tema(krizhevsky2012alexnet, architetture).
tema(micikevicius2018amp, addestramento).
tema(steiner2021vit, addestramento).
tema(tan2019efficientnet, architetture).
tema(zhang2020resnest, architetture).
tema(zhang2021medselect, medicale).

%!  da_leggere(?Chiave:atom, ?Titolo:string) is nondet.
%
%   Articoli senza link registrato: vanno cercati in biblioteca.

da_leggere(Chiave, Titolo) :-
    articolo(Chiave, Titolo, _, none).

%!  letture_per_tema(+Tema:atom, -Titoli:list(string)) is det.
%
%   Titoli degli articoli di un tema, in ordine di chiave.

letture_per_tema(Tema, Titoli) :-
    findall(Titolo, (tema(K, Tema), articolo(K, Titolo, _, _)), Titoli0),
    sort(Titoli0, Titoli).
