#!/usr/bin/env python3
"""1891: an Italian lab's Kedro parameters file (`conf/base/parameters_baselines.yml`): `#` comments, the baseline
parameters of a "scaling" pipeline with per-baseline `riferimento` blocks (titolo, url) — arXiv `/abs/`, `/pdf/…v2`,
`http://…/abs/…`, `/abs/…v4` — one `arxiv` field with a bare id (arxiv-text), a `da_leggere` list of titles only
(title-only), OmegaConf `${…}` interpolations of earlier keys, and non-papers (a repository, a dataset, a book, a
talk). Two-space YAML, strings with colons double-quoted. LF, a final newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1891)


def q(s):
    assert '"' not in s and "\\" not in s, s
    return '"' + s + '"'


def build():
    L = ["# Parametri della pipeline `baselines` (kedro run --pipeline=baselines)",
         "# Progetto: scala-lm, gruppo NLP del DIAG (stanza B112). Referente: Giulia Ferri",
         "# Ogni baseline riporta l'articolo da cui vengono gli iperparametri; NON sono parametri usati dal codice.",
         "",
         "budget:",
         "  flop_totali: 1.0e+20",
         "  token_per_parametro: 20   # regola di Chinchilla, vedi sotto",
         "  gpu: 8",
         "",
         "baselines:",
         "  legge_di_scala:",
         "    esponente_parametri: 0.076",
         "    esponente_dati: 0.095",
         "    riferimento:",
         f"      titolo: {q(T('2001.08361'))}",
         "      url: https://arxiv.org/abs/2001.08361",
         "  compute_ottimale:",
         "    token_per_parametro: ${budget.token_per_parametro}",
         "    riferimento:",
         f"      titolo: {q(T('2203.15556'))}",
         "      url: https://arxiv.org/pdf/2203.15556v1",
         "  moe:",
         "    esperti: 64",
         "    capacity_factor: 1.25",
         "    router_z_loss: 0.001",
         "    riferimento:",
         f"      titolo: {q(T('2101.03961'))}",
         "      url: http://arxiv.org/abs/2101.03961",
         "  t5_base:",
         "    vocabolario: 32128",
         "    span_corruption: 0.15",
         "    riferimento:",
         f"      titolo: {q(T('1910.10683'))}",
         "      url: https://arxiv.org/abs/1910.10683v4",
         "  ottimizzatore_distribuito:",
         "    stadio_zero: 2",
         "    offload: false",
         "    gpu: ${budget.gpu}",
         "    riferimento:",
         f"      titolo: {q(T('1910.02054'))}",
         "      arxiv: \"1910.02054\"   # SC20; l'url lo mette Marco",
         "",
         "# Da leggere prima della riunione del 12 marzo (solo titoli, link nel wiki del gruppo)",
         "da_leggere:",
         f"  - {q(T('2306.11644'))}",
         f"  - {q(T('2303.18223'))}",
         f"  - {q(T('2206.07682'))}",
         "",
         "# Non sono articoli: codice, dati, libri e video usati nella pipeline o nel seminario",
         "risorse:",
         "  codice: https://github.com/microsoft/DeepSpeed",
         "  dati: /mnt/dati/redpajama-it-campione   # 2% del corpus, vedi catalog.yml",
         "  libro: \"Jurafsky & Martin, Speech and Language Processing, cap. 10\"",
         "  seminario: https://video.diag.example.it/seminari/2024-02-27   # registrazione del seminario sulle leggi di scala",
         ]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
