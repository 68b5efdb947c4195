#!/usr/bin/env python3
"""491: a copy of two mutt screens (index then pager) pasted from a terminal: the help line, the thread index of a
French reading-group mailing list folder with mutt's default index_format columns and thread arrows, the status
line, then the pager on one message (headers, body with quoted replies, a signature, an attachment line) and its
status line. Papers: an arXiv abs URL (link), OpenReview forum URLs (link), "arXiv:ID" in prose (arxiv-text),
titles in « … » with venues / ISCA / IEEE pages or bare (title-only). Not papers: the solo-learn and fairseq
repositories, a HAL thesis, a seminar talk, a room change, a conference deadline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F491, keys

text = f"""q:Quitter  d:Effacer  u:Récup  s:Sauver  m:Message  r:Répondre  g:Groupe  ?:Aide
   1 O   mai 27 Élodie Marchan ( 38) [rg-repr] Programme de juin : représentations
   2 O   mai 27 Hugo Lemaire   ( 12) ├─>
   3 O   mai 28 Inès Barbier   ( 25) │ └─>
   4 O   mai 28 Yann Le Goff   ( 19) └─>
   5 O   mai 29 Secrétariat LI ( 14) [rg-repr] Changement de salle (mardi 4 juin)
   6 O   mai 30 Karim Haddad   ( 61) [rg-repr] Re: pistes pour le semestre prochain
   7 O   mai 31 Élodie Marchan ( 22) ├─>
   8 N   juin 02 Inès Barbier  ( 47) └─>
   9 N   juin 02 noreply@hal.s ( 30) [HAL] Dépôt accepté : thèse de Hugo Lemaire
  10 N   juin 03 Yann Le Goff  ( 16) [rg-repr] Rappel : séminaire jeudi 14h
  11     juin 03 GitHub        ( 54) [vturrisi/solo-learn] Release v1.0.6
  12     juin 04 Comité ECCV   ( 88) Workshop deadline extended to June 14
-*-Mutt: =listes/rg-repr [Msg:8/12 Nouv:3 Taille:418K]---(threads/date)-----------------------------------(92%)---
i:Quitter  -:PgPréc  <Espace>:PgSuiv v:Voir attach.  d:Effacer  r:Répondre  j:Suivant ?:Aide
Date: Sun, 2 Jun 2024 22:41:07 +0200
From: Inès Barbier <ines.barbier@lab.example.fr>
To: rg-repr@listes.example.fr
Cc: Karim Haddad <k.haddad@lab.example.fr>
Subject: Re: [rg-repr] Re: pistes pour le semestre prochain
Message-ID: <ZlzWb7rT2kq9@lab.example.fr>
In-Reply-To: <8f3c1a2e-4b6d-4a1f-9c0e-2d7b5e6a9f10@lab.example.fr>
X-Mailer: Mutt 2.2.12 (2023-09-09)

[-- Attachement #1 --]
[-- Type : text/plain, Codage : 8bit, Taille : 4,1K --]

Bonjour à tous,

Je reprends la liste de Karim en la regroupant par thème, pour qu'on puisse
voter vendredi (sondage Framadate envoyé demain). Je mets les liens quand il
y en a une version ouverte ; sinon la référence du congrès suffit.

1) Contrastif / multi-vues
   - « {T("1807.03748")} » (van den Oord, Li, Vinyals)
     https://arxiv.org/abs/1807.03748 -- le point de départ d'InfoNCE, à lire
     en premier si on veut comprendre le reste.
   - « {T("2006.05576")} », Tsai et al., ICLR 2021 :
     https://openreview.net/forum?id={OR("2006.05576")}
   - ALIGN : « {T("2102.05918")} »
     (Jia et al., ICML 2021), arXiv:2102.05918. Karim propose de le
     présenter avec un extrait de la démo de recherche d'images.

2) Adapter des représentations pré-entraînées
   - « {T("2011.06182")} », Zhong et al.
     https://openreview.net/forum?id={OR("2011.06182")}
   - « {T("2110.04366")} » de He, Zhou, Ma,
     Berg-Kirkpatrick et Neubig (ICLR 2022) -- fait le lien avec les adapters et
     le prefix tuning, utile pour Hugo qui part sur la parole.

3) Étiquettes bruitées
   - « {T("2103.13646")} »
     (Zheltonozhskii, Baskin, Mendelson, Bronstein, Litany ; WACV 2022).
     Le code est dans leur dépôt, mais pour les expériences on partirait de
     solo-learn (https://github.com/vturrisi/solo-learn).

4) Parole
   - « {T("2106.07447")} »
     (Hsu et al., IEEE/ACM TASLP 29, 2021). Yann a les recettes fairseq qui
     tournent déjà sur le cluster.

5) Outils / interprétabilité (plus léger, pour une séance de rentrée)
   - {T("2103.14625")} -- Wang, Turko, Chau (ACL 2021 System Demonstrations).
     L'outil tourne dans le navigateur, on peut faire la séance en direct.

> Le 30/05/2024 à 18:12, Karim Haddad a écrit :
>> Pour le semestre prochain je verrais bien un bloc « auto-supervisé » et un
>> bloc « bruit dans les étiquettes ». Hugo, tu voulais présenter ta thèse ?
>
> Oui, mais après la soutenance (le 20 juin) ! Le manuscrit est sur HAL.

Rappel : le séminaire de jeudi (Frédéric Aubry, « Représentations et
invariances ») est maintenu, salle B-104 et non A-12 comme annoncé.
Date limite pour les workshops ECCV : 14 juin.

Bonne soirée,
Inès

-- 
Inès Barbier -- doctorante, équipe ReprésentAI
Laboratoire d'informatique de Valmarina (LIV)
-- Inès Barbier <ines.barbier@lab.example.fr>    Re: [rg-repr] Re: pistes pour le semestre prochain   -- (78%)
"""
write_only(F491, text, keys(F491))
