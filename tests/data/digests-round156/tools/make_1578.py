#!/usr/bin/env python3
"""1578: an awesome-list README.md kept on code.europa.eu (the European Commission's GitLab instance) by an invented
EU-funded project's reading group, Italian, GitLab-style heading anchors (accented letters kept)."""
import os, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import by_num, keys
F = by_num(1578)
ids = {"fed": "2111.04263", "fno": "2010.08895", "mgn": "2010.03409", "gph": "2106.05234", "eig": "2010.00554",
       "af": "Highly accurate protein structure prediction with AlphaFold",
       "bp": "Learning representations by back-propagating errors", "dod": "2103.14625"}


def slug(h):
    s = h.strip().lower()
    s = "".join(c for c in s if c.isalnum() or c in " -_" or unicodedata.category(c).startswith("M"))
    return s.replace(" ", "-")


secs = [(2, "Perché questa lista"), (2, "Articoli"), (3, "Equazioni alle derivate parziali e simulazione"),
        (3, "Grafi, molecole e proteine"), (3, "Apprendimento federato e algebra lineare"), (3, "Classici"),
        (3, "Interpretabilità e visualizzazione"), (2, "Software"), (2, "Dati"), (2, "Corsi e seminari"),
        (2, "Come contribuire"), (2, "Licenza")]
toc = "\n".join(("  " if lvl == 3 else "") + f"- [{h}](#{slug(h)})" for lvl, h in secs)
text = """# Awesome ML per la scienza [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status](https://code.europa.eu/atlante-ml/awesome-ml-scienza/badges/main/pipeline.svg)](https://code.europa.eu/atlante-ml/awesome-ml-scienza/-/commits/main)
[![licenza EUPL](https://img.shields.io/badge/licenza-EUPL--1.2-blue)](https://code.europa.eu/atlante-ml/awesome-ml-scienza/-/blob/main/LICENCE)

> Raccolta curata di articoli, software e dati sull'apprendimento automatico applicato alle scienze (fisica,
> clima, chimica, biologia). Mantenuta dal gruppo di lettura del progetto ATLANTE-ML (consorzio di ricerca
> finanziato da Orizzonte Europa); riunioni il giovedì alle 14:30, aula Fermi o su Teams.

```bash
git clone https://code.europa.eu/atlante-ml/awesome-ml-scienza.git
cd awesome-ml-scienza
```

## Indice

""" + toc + """

## Perché questa lista

Le liste in inglese non mancano, ma al gruppo serviva un elenco breve, commentato in italiano e con una regola sola:
**ogni voce è stata letta e discussa in almeno una riunione**. I soprannomi tra parentesi (FNO, MeshGraphNets,
Graphormer, FedDyn…) servono solo per la ricerca con Ctrl+F.

## Articoli

### Equazioni alle derivate parziali e simulazione

- [[[T:fno]]](https://arxiv.org/pdf/2010.08895.pdf) — l'operatore neurale impara la mappa tra funzioni nello spazio di Fourier; la base di metà dei nostri esperimenti su Navier–Stokes 2D. (FNO)
- [[[T:mgn]]](https://arxiv.org/abs/2010.03409v4) — simulazione su mesh con reti a grafo, remeshing adattivo incluso. (MeshGraphNets)

### Grafi, molecole e proteine

- [[[T:gph]]](https://arxiv.org/abs/2106.05234) — codifiche di centralità e di distanza nel Transformer; ha vinto OGB-LSC 2021 (PCQM4M). (Graphormer)
- **[[T:af]]** — Jumper et al., Nature 596 (2021). Non è su arXiv. AlphaFold DB è un servizio di dati e il codice è su GitHub: nessuno dei due è un articolo.

### Apprendimento federato e algebra lineare

- [[[T:fed]]](https://arxiv.org/abs/2111.04263) — regolarizzazione dinamica lato client; rilevante per i dati sanitari che non possono lasciare gli ospedali partner. (FedDyn)
- [[T:eig]] (arXiv:2010.00554) — la PCA come gioco tra giocatori-autovettori; utile per le EOF dei campi climatici. Niente link: Giulia ha il PDF annotato nella cartella condivisa.

### Classici

- **[[T:bp]]** — Rumelhart, Hinton e Williams, Nature 323 (1986). Da rileggere ogni tanto.

### Interpretabilità e visualizzazione

- **[[T:dod]]** — visualizzazione interattiva delle teste di attenzione (ACL 2021, demo). La demo online è software; qui citiamo l'articolo.

## Software

Non sono articoli: sono librerie, da citare con il loro CITATION.cff.

| Progetto | Linguaggio | Ambito | Link |
| --- | --- | --- | --- |
| DeepXDE | Python | PINN e operatori neurali | https://github.com/lululxvi/deepxde |
| neuraloperator | Python | FNO e varianti | https://github.com/neuraloperator/neuraloperator |
| PyTorch Geometric | Python | reti a grafo | https://github.com/pyg-team/pytorch_geometric |
| Flower | Python | apprendimento federato | https://flower.ai/ |
| JAX MD | Python | dinamica molecolare | https://github.com/jax-md/jax-md |

## Dati

- ERA5 (rianalisi ECMWF, Copernicus Climate Data Store) — dati, non articolo.
- WeatherBench 2 — benchmark e dati per le previsioni meteo; la classifica è un sito.
- OGB (Open Graph Benchmark) — dataset per grafi; il leaderboard OGB-LSC è un sito.
- PDEBench — raccolta di dataset per PDE (scaricare solo Burgers e Darcy, il resto pesa 2 TB).

## Corsi e seminari

- Scuola estiva «Machine learning per le equazioni differenziali», Trieste, luglio 2024 (video delle lezioni).
- Seminario interno di Marco Ferri: «Operatori neurali in pratica», 16 gennaio 2025 (slide nella wiki del progetto).
- Corso di dottorato «Apprendimento automatico per la fisica», 24 ore, primavera 2025.

## Come contribuire

1. Apri una issue con l'etichetta `proposta` e il titolo completo dell'articolo.
2. Dopo la discussione in riunione, apri una merge request (MR) su `main`: una voce per riga,
   `- [Titolo completo](link) — commento breve`.
3. Se l'articolo non è su arXiv, scrivi il titolo completo in grassetto e la rivista.
4. La pipeline controlla i link una volta a settimana; i link morti vengono segnalati nella issue #12.

## Licenza

Contenuto rilasciato con licenza [EUPL-1.2](https://code.europa.eu/atlante-ml/awesome-ml-scienza/-/blob/main/LICENCE).
"""
write_only(F, fill(text, ids), keys(F))
