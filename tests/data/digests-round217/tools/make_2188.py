#!/usr/bin/env python3
"""2188: a Kustomize `kustomization.yaml` overlay (apiVersion / kind, namespace, resources, labels, images,
configMapGenerator with literals and a file, patches) of an invented Polish reading service whose seed list sits in
configMapGenerator literals and `#` comments: arXiv links (`/abs/`, `/pdf/…v1`, `http://`, `/pdf/….pdf`) in literals,
`arXiv:2203.15556` in a comment, titles alone in comments and a literal; non-papers (the Kustomize docs, the
repository, a dataset, a book, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2188)
TXT = fill(r'''# overlays/produkcja/kustomization.yaml
# Serwis "czytelnia" pracowni Skalowanie (lista lektur o skalowaniu LLM).
# Opiekun: Katarzyna Wróblewska-Nowicka <k.wroblewska@skalowanie-lab.example.pl>
# Repozytorium: https://github.com/skalowanie-lab/czytelnia-k8s
# Dokumentacja: https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization

namespace: czytelnia-prod

resources:
  - ../../base
  - ingress.yaml

labels:
  - pairs:
      app.kubernetes.io/part-of: czytelnia
      srodowisko: produkcja

images:
  - name: czytelnia-api
    newName: registry.skalowanie-lab.example.pl/czytelnia-api
    newTag: 1.8.3

configMapGenerator:
  - name: lista-lektur
    behavior: replace
    literals:
      # tydzień 1-2: prawa skalowania
      - LEKTURA_01=https://arxiv.org/abs/2001.08361
      - LEKTURA_02=https://arxiv.org/pdf/2204.02311v1
      - LEKTURA_03=http://arxiv.org/abs/2101.03961
      - LEKTURA_04=https://arxiv.org/pdf/2307.09288.pdf
      - LEKTURA_05_TYTUL=[[T:2206.07682]]
      - TYDZIEN_STARTU=2024-W10
    # Tytuły (dla panelu admina): [[T:2001.08361]];
    # [[T:2204.02311]]; [[T:2101.03961]];
    # [[T:2307.09288]].
    # Dyskusja Marka: [[T:2203.15556]] (arXiv:2203.15556) -- czy zamiast 01?
  - name: notatki
    files:
      - notatki.md

# Do dopisania w przyszłym semestrze (bez linków, Ola szuka wersji):
#   - [[T:2306.11644]]
#   - [[T:2207.05221]]
# Dane do ewaluacji: The Pile (zbiór danych), MMLU. Książka: Chip Huyen, "Designing Machine Learning Systems".
# Seminarium: https://video.skalowanie-lab.example.pl/seminaria/2024-03

patches:
  - path: replicas.yaml
    target:
      kind: Deployment
      name: czytelnia-api
  - patch: |-
      - op: replace
        path: /spec/template/spec/containers/0/resources/limits/memory
        value: 1Gi
    target:
      kind: Deployment
      name: czytelnia-api
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
