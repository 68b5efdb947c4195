#!/usr/bin/env python3
"""2008: a winget locale manifest (`manifests/l/LabLector/LectorLLM/1.4.0/LabLector.LectorLLM.locale.es-ES.yaml`),
Spanish: an OpenReview link and arXiv links (`/abs/`, `/pdf/….pdf`, `http://`) in the Description, ReleaseNotes and
Documentations, one id in text, three titles alone (one not on arXiv), and non-papers (a repository, a blog post, a
book, a talk). Two-space YAML, LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, GPT2

F = by_num(2008)
TXT = f"""# Created using wingetcreate 1.6.1.0
# yaml-language-server: $schema=https://aka.ms/winget-manifest.locale.1.6.0.schema.json

PackageIdentifier: LabLector.LectorLLM
PackageVersion: 1.4.0
PackageLocale: es-ES
Publisher: Laboratorio Lector
PublisherUrl: https://lablector.example.es
PublisherSupportUrl: https://github.com/lablector/lector-llm/issues
Author: Lucía Ortega Marín
PackageName: Lector LLM
PackageUrl: https://github.com/lablector/lector-llm
License: MIT
LicenseUrl: https://github.com/lablector/lector-llm/blob/main/LICENSE
Copyright: Copyright (c) 2024 Laboratorio Lector
ShortDescription: Lector de artículos sobre modelos de lenguaje con notas compartidas para el seminario.
Description: |-
  Lector LLM abre artículos de arXiv y OpenReview, guarda notas por párrafo y las sincroniza con el seminario del
  laboratorio. La lista inicial del seminario incluye:
  - {T("2303.18223")} (https://arxiv.org/abs/2303.18223)
  - {T("2201.11903")} — https://openreview.net/forum?id={OR("2201.11903")}
  - {T("1910.10683")}, http://arxiv.org/abs/1910.10683
  - {T("2307.09288")} (arXiv: 2307.09288)
  Lecturas de la segunda mitad: "{GPT2}", "{T("2207.05221")}" y "{T("2206.07682")}".
Moniker: lectorllm
Tags:
- arxiv
- investigacion
- lectura
- llm
- openreview
- seminario
ReleaseNotes: |-
  Novedades de la 1.4.0:
  - Las notas del artículo {T("2307.15043")} (https://arxiv.org/pdf/2307.15043.pdf) ya muestran las figuras.
  - Importación de la entrada del blog "The Illustrated Transformer" de Jay Alammar como nota externa (no es un artículo).
  - Corregida la exportación a BibTeX del libro "Speech and Language Processing" (Jurafsky y Martin).
ReleaseNotesUrl: https://github.com/lablector/lector-llm/releases/tag/v1.4.0
Documentations:
- DocumentLabel: Manual de uso
  DocumentUrl: https://lablector.example.es/docs/lector-llm
- DocumentLabel: Grabación de la charla del seminario
  DocumentUrl: https://video.lablector.example.es/charla/2024-05
ManifestType: locale
ManifestVersion: 1.6.0
"""

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
