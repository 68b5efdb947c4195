#!/usr/bin/env python3
"""374: the minutes (compte rendu) of a French team meeting written in HackMD/CodiMD and downloaded as Markdown:
the "tags:" line HackMD keeps above the title, "# Compte rendu — Réunion d'équipe du jeudi 6 juin 2024", [TOC],
":::info" / ":::warning" / ":::success" containers, **Présents :** / **Excusés :** / **Secrétaire de séance :** with
French typography (narrow no-break spaces before ":" and inside « »), numbered points "## 1." …, a "Relevé de
décisions" list, "- [ ]" actions with owners, ==highlights==, "Prochaine réunion" with its weekday. Papers: arxiv.org
links (link), an OpenReview forum link (link), "arXiv:ID" / "arXiv 2307.09288" typed (arxiv-text), titles in « »,
in bold, in a sentence (title-only). The lab's GPU booking tool, lm-evaluation-harness, a thesis defence, a MOOC, and
"le papier Chinchilla" (a nickname beside its title only once) are handled as the labelling rules say."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import F374, keys

N = "\u202f"  # espace fine insécable, as French typography (and macOS/Word autocorrect) writes it


def g(s):
    return f"«{N}{s}{N}»"


text = f"""---
tags: réunion, équipe, LLM
---

# Compte rendu — Réunion d'équipe du jeudi 6 juin 2024

[TOC]

:::info
**Date{N}:** jeudi 6 juin 2024, 10h00–11h45
**Lieu{N}:** salle B-214 + visio (lien habituel)
**Présents{N}:** Claire Vasseur (animation), Mathis Lefebvre, Inès Benali, Paul-Antoine Roux, Yasmine Haddad, Théo Marchand
**Excusés{N}:** Sébastien Giraud (jury de thèse), Léa Fontaine
**Secrétaire de séance{N}:** Théo Marchand
:::

## 1. Point d'actualité

- Le cluster est de nouveau disponible depuis lundi. Réservation des GPU via l'outil interne ({g("GPU-Resa")}), quota de 1{N}200 h par personne pour juin.
- Soutenance de thèse de Sébastien le 27 juin, 14h, amphi Turing. Tout le monde est invité.
- Rappel{N}: les inscriptions au MOOC {g("Apprentissage profond pour le TAL")} ferment vendredi.

## 2. Séminaire de lecture{N}: les fondamentaux des LLM pour les nouveaux arrivants

Claire propose un parcours de lecture en trois séances pour les stagiaires de l'été.

**Séance 1 — architectures et pré-entraînement**
- {g(T('1706.03762'))} (Vaswani et al., 2017) — incontournable, même si tout le monde croit l'avoir lu.
- **{T('1810.04805')}**{N}: https://arxiv.org/abs/1810.04805
- T5{N}: {g(T('1910.10683'))}, arXiv:1910.10683 — Paul-Antoine insiste sur la section 3 (les ablations).

**Séance 2 — passage à l'échelle**
- GPT-3, {T('2005.14165')} (https://arxiv.org/pdf/2005.14165v4)
- Kaplan et al., {g(T('2001.08361'))}, puis le papier Chinchilla{N}: {T('2203.15556')} → https://arxiv.org/abs/2203.15556
- Inès fait remarquer que les deux papiers ne se contredisent pas vraiment{N}; ==prévoir 15 min de discussion sur ce point==.

**Séance 3 — alignement, raisonnement, modèles ouverts**
- {g(T('2203.02155'))} (InstructGPT)
- Chain-of-thought{N}: https://openreview.net/forum?id={OR('2201.11903')} ({T('2201.11903')}, NeurIPS 2022)
- Modèles ouverts{N}: {T('2302.13971')}, et la suite, {T('2307.09288')} (arXiv 2307.09288)
- Évaluation{N}: {T('2009.03300')} (MMLU) — Yasmine montrera comment le lancer avec lm-evaluation-harness.

:::warning
Mathis rappelle que les stagiaires n'ont pas tous accès à arXiv depuis le réseau invité{N}: prévoir les PDF sur le partage de l'équipe.
:::

## 3. Avancement des projets

- **Projet Résumé-Juridique** (Inès, Paul-Antoine){N}: fine-tuning terminé, évaluation humaine en cours (3 annotateurs, 200 documents).
- **Projet Dialogue-Santé** (Yasmine){N}: le jeu de données est validé par le comité d'éthique{N}; début des expériences la semaine prochaine.

## 4. Relevé de décisions

:::success
1. Le séminaire de lecture aura lieu les jeudis 20 juin, 27 juin et 4 juillet, 10h–11h.
2. Claire anime la séance 1, Inès la séance 2, Yasmine la séance 3.
3. Les PDF sont déposés dans `partage/seminaire-llm/` avant le mardi précédent.
:::

## 5. Actions

- [ ] Claire{N}: envoyer le programme aux stagiaires (avant le 12 juin)
- [ ] Yasmine{N}: préparer un notebook MMLU avec lm-evaluation-harness
- [ ] Théo{N}: mettre ce compte rendu sur le wiki
- [x] Mathis{N}: vérifier les quotas GPU de juin

**Prochaine réunion{N}:** jeudi 13 juin 2024, 10h00, salle B-214.
"""
write_only(F374, text, keys(F374))
