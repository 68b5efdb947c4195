#!/usr/bin/env python3
"""1818: the README.md of an awesome list kept on gitlab.fbk.eu (the GitLab of the Fondazione Bruno Kessler), Italian:
the awesome badge in the title, GitLab's pipeline badge and a licence badge, «[TOC]», three sections of Markdown tables
(Articolo | Sede | Anno | Codice | Note), a list of other resources, a GitLab alert («> [!note]»), a <details> with a
BibTeX block, contribution notes with an issue, a merge request, a label and two maintainers, the licence, and a
footnote. The group and project (`nlp-lettura/awesome-attenzione-efficiente`), the reading group, issue #7, merge
request !15 and the handles are invented; the GitHub repositories, Lilian Weng's blog post, xFormers' docs and the
Hugging Face blog post appear as what they are. Computed: the project URLs and badges, the «Aggiornata al» date."""
import datetime as dt, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1818)
G, P = "nlp-lettura", "awesome-attenzione-efficiente"
BASE = f"https://gitlab.fbk.eu/{G}/{P}"
IT_M = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
UPD = dt.date(2025, 3, 14)
HEAD = "| Articolo | Sede | Anno | Codice | Note |"
SEP = "| --- | --- | --- | --- | --- |"


def row(title_cell, venue, year, code, note):
    return f"| {title_cell} | {venue} | {year} | {code} | {note} |"


def gh(path):
    return f"[{path.split('/')[1]}](https://github.com/{path})"


S1 = [row(f"[{T('2103.02143')}](https://openreview.net/forum?id={OR('2103.02143')})", "ICLR", 2021, "—",
          "Approssima il softmax con feature casuali e aggiunge un gate di recenza."),
      row(f"[{T('2009.14794')}](https://arxiv.org/abs/2009.14794)", "ICLR", 2021, gh("lucidrains/performer-pytorch"),
          "FAVOR+: attenzione lineare senza ipotesi di sparsità."),
      row(f"[{T('2005.00743')}](https://arxiv.org/pdf/2005.00743v3)", "ICML", 2021, "—",
          "Ci serve davvero il prodotto query-chiave? Risposta sorprendente.")]
S2 = [row(T("2007.14062"), "NeurIPS", 2020, gh("google-research/bigbird"),
          "Attenzione sparsa a blocchi (finestra, globale, casuale); arXiv:2007.14062."),
      row(f"[{T('2307.08621')}](http://arxiv.org/abs/2307.08621)", "preprint", 2023, gh("microsoft/torchscale"),
          "Ritenzione al posto dell'attenzione: parallela in addestramento, ricorrente in inferenza.")]
S3 = [row(T("1701.06538"), "ICLR", 2017, "—", "Il gating sparso da cui nasce l'attuale famiglia MoE.[^moe]"),
      row(T("1909.08053"), "preprint", 2019, gh("NVIDIA/Megatron-LM"), "Parallelismo tensoriale intra-layer; ancora la base di molti training."),
      row(T("2309.06180"), "SOSP", 2023, gh("vllm-project/vllm"), "PagedAttention: la cache KV gestita a pagine come la memoria virtuale.")]
L = [f"# Attenzione efficiente [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
     f"[![pipeline status]({BASE}/badges/main/pipeline.svg)]({BASE}/-/commits/main) "
     "[![licenza: CC BY 4.0](https://img.shields.io/badge/licenza-CC%20BY%204.0-blue.svg)](LICENSE)", "",
     "Raccolta curata di articoli, codice e risorse su attenzione efficiente, contesto lungo e addestramento e servizio "
     "di modelli su larga scala. La cura il gruppo di lettura «Martedì NLP»; le voci vengono discusse in riunione prima "
     f"di entrare nella lista. Aggiornata al {UPD.day} {IT_M[UPD.month - 1]} {UPD.year}.", "",
     "[TOC]", "",
     "## Attenzione lineare e a kernel", "", HEAD, SEP, *S1, "",
     "## Attenzione sparsa e contesto lungo", "", HEAD, SEP, *S2, "",
     "## Scala: parallelismo, MoE e servizio", "", HEAD, SEP, *S3, "",
     "## Altre risorse", "",
     "- Lilian Weng, *The Transformer Family Version 2.0* — post sul blog Lil'Log, la panoramica più comoda per iniziare.",
     "- [Documentazione di xFormers](https://facebookresearch.github.io/xformers/) — kernel di attenzione pronti all'uso.",
     "- Hugging Face, *Mixture of Experts Explained* — post sul blog, con esempi di routing.",
     "",
     "> [!note]",
     "> Le voci senza link hanno solo il titolo perché le abbiamo lette nella versione della conferenza; se trovi il "
     "preprint, apri una merge request.",
     "",
     "<details>",
     "<summary>Come citare questa lista</summary>",
     "",
     "```bibtex",
     f"@misc{{{P},",
     "  title  = {Attenzione efficiente: una lista curata},",
     "  author = {{Gruppo di lettura Martedì NLP}},",
     "  year   = {2025},",
     f"  url    = {{{BASE}}}",
     "}",
     "```",
     "",
     "</details>",
     "",
     "## Contribuire", "",
     "Proponi un articolo aprendo una issue con l'etichetta ~proposta (vedi #7 per il modello) oppure una merge request "
     "come !15. Una riga per articolo, titolo completo, sede e anno; la colonna «Codice» solo per repository ufficiali "
     "o molto usati. Referenti: @gbianchi e @fconti.", "",
     "## Licenza", "",
     "Il contenuto è distribuito con licenza CC BY 4.0.", "",
     "[^moe]: Per la versione moderna vedi anche il post di Hugging Face citato in «Altre risorse».", ""]
write_only(F, "\n".join(L), keys(F))
