#!/usr/bin/env python3
"""476 (NEGATIVE): a GitHub Actions workflow (.github/workflows/veille-arxiv.yml) of a French lab's reading-list bot,
with French comments: name, on (schedule crons, workflow_dispatch inputs, push paths), permissions, concurrency,
env, three jobs (collect, build the weekly digest, deploy the Pages site) with needs / if / matrix / steps / uses
(pinned actions) / run blocks / secrets. A near-miss: arXiv categories, the arXiv API and Semantic Scholar API,
keyword lists, a reading-group schedule, a seminar, a deadline, people and tools — and no paper at all: no paper
title, no arXiv id, no OpenReview id."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

text = """# .github/workflows/veille-arxiv.yml
# Bot de veille bibliographique de l'équipe MALT (Laboratoire d'informatique de Valmarina).
# Chaque nuit : récupère les nouvelles soumissions des catégories suivies, filtre par mots-clés,
# et le vendredi construit le récapitulatif hebdomadaire publié sur le site interne (GitHub Pages).
# Responsable : Camille Roussel (@croussel) — en cas de panne, ouvrir une issue avec le label « bot ».
# Les listes de mots-clés sont dans config/mots_cles.yml ; merci de ne pas les modifier directement sur main.

name: Veille arXiv

on:
  schedule:
    # tous les jours à 5 h 30 UTC (après la mise à jour des listes arXiv de la veille)
    - cron: "30 5 * * 1-5"
    # vendredi 14 h UTC : récapitulatif pour le groupe de lecture du lundi
    - cron: "0 14 * * 5"
  workflow_dispatch:
    inputs:
      categories:
        description: "Catégories à interroger (séparées par des virgules)"
        required: false
        default: "cs.LG,cs.CL,cs.CV,stat.ML"
      jours:
        description: "Nombre de jours à remonter"
        required: false
        default: "1"
      recap:
        description: "Forcer la construction du récapitulatif"
        type: boolean
        default: false
  push:
    branches: [main]
    paths:
      - "config/**"
      - "scripts/**"
      - ".github/workflows/veille-arxiv.yml"

permissions:
  contents: write
  pages: write
  id-token: write

concurrency:
  group: veille-arxiv
  cancel-in-progress: false

env:
  PYTHON_VERSION: "3.11"
  TZ: Europe/Paris
  # l'API arXiv demande au moins 3 secondes entre deux requêtes
  ARXIV_API: "http://export.arxiv.org/api/query"
  ARXIV_DELAI_S: "3"
  S2_API: "https://api.semanticscholar.org/graph/v1"
  MAX_RESULTATS: "400"

jobs:
  collecte:
    name: Collecte (${{ matrix.categorie }})
    runs-on: ubuntu-22.04
    timeout-minutes: 30
    strategy:
      fail-fast: false
      max-parallel: 1   # une catégorie à la fois, pour respecter le délai de l'API
      matrix:
        categorie: [cs.LG, cs.CL, cs.CV, stat.ML]
    steps:
      - name: Récupérer le dépôt
        uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1

      - name: Installer Python
        uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v5.0.0
        with:
          python-version: ${{ env.PYTHON_VERSION }}
          cache: pip

      - name: Dépendances
        run: |
          python -m pip install --upgrade pip
          pip install -r requirements.txt   # feedparser, requests, pyyaml, jinja2

      - name: Interroger arXiv
        env:
          CATEGORIE: ${{ matrix.categorie }}
          JOURS: ${{ github.event.inputs.jours || '1' }}
        run: |
          python scripts/collecte.py \\
            --categorie "$CATEGORIE" \\
            --jours "$JOURS" \\
            --mots-cles config/mots_cles.yml \\
            --sortie "donnees/brut/${CATEGORIE}.jsonl"

      # Enrichissement : nombre de citations et liens vers le code quand Semantic Scholar les connaît
      - name: Enrichir (Semantic Scholar)
        if: ${{ matrix.categorie != 'stat.ML' }}
        env:
          S2_API_KEY: ${{ secrets.S2_API_KEY }}
        run: python scripts/enrichir.py "donnees/brut/${{ matrix.categorie }}.jsonl"

      - name: Conserver les résultats
        uses: actions/upload-artifact@5d5d22a31266ced268874388b861e4b58bb5c2f3 # v4.3.1
        with:
          name: brut-${{ matrix.categorie }}
          path: donnees/brut/
          retention-days: 14

  recapitulatif:
    name: Récapitulatif hebdomadaire
    needs: collecte
    # vendredi après-midi, ou à la demande
    if: ${{ github.event.schedule == '0 14 * * 5' || github.event.inputs.recap == 'true' }}
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c # v5.0.0
        with:
          python-version: ${{ env.PYTHON_VERSION }}
      - uses: actions/download-artifact@c850b930e6ba138125429b7e5c93fc707a7f8427 # v4.1.4
        with:
          pattern: brut-*
          path: donnees/brut/
          merge-multiple: true
      - name: Construire la page
        run: |
          pip install -r requirements.txt
          python scripts/recap.py \\
            --entree donnees/brut/ \\
            --gabarit gabarits/recap.md.j2 \\
            --sortie site/recap/semaine-$(date +%G-%V).md
      # Rappels ajoutés en bas du récapitulatif (texte fixe, à mettre à jour à la main) :
      #  - groupe de lecture : lundi 10 h, salle B-214 ; animation tournante (voir le tableur de l'équipe)
      #  - séminaire d'équipe jeudi : exposé de Théo Marchand sur la compression de modèles (pas d'article associé)
      #  - date limite interne pour les relectures croisées avant la soumission au colloque : le 15 du mois
      #  - le serveur de calcul « gaspard » sera arrêté pour maintenance le premier mardi du mois
      - name: Commit du récapitulatif
        run: |
          git config user.name "malt-veille-bot"
          git config user.email "veille-bot@malt.example.fr"
          git add site/recap/
          git diff --cached --quiet || git commit -m "recap: semaine $(date +%G-%V)"
          git push

      - name: Notifier Mattermost
        env:
          WEBHOOK: ${{ secrets.MATTERMOST_WEBHOOK }}
        run: |
          curl -sS -X POST -H 'Content-Type: application/json' \\
            -d "{\\"text\\": \\"Le récapitulatif de la semaine est en ligne : https://malt.example.fr/veille/recap/\\"}" \\
            "$WEBHOOK"

  deploiement:
    name: Déploiement GitHub Pages
    needs: recapitulatif
    runs-on: ubuntu-22.04
    environment:
      name: github-pages
      url: ${{ steps.deploy.outputs.page_url }}
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
        with:
          ref: main
      - name: Construire le site (mkdocs)
        run: |
          pip install mkdocs-material==9.5.18
          mkdocs build --strict --site-dir public
      - uses: actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa # v3.0.1
        with:
          path: public
      - id: deploy
        uses: actions/deploy-pages@decdde0ac072f6dcbe43649d82d9c635fff5b4e4 # v4.0.4
"""
write(__import__("make_expected").F476, text, negative=True)
