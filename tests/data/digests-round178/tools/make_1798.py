#!/usr/bin/env python3
"""1798: the README.md of an awesome list on gitlab.uhasselt.be, the GitLab of UHasselt (Universiteit Hasselt), in
Flemish Dutch: the awesome badge and a pipeline badge, GitLab's «[[_TOC_]]», sections of list items
«- [Titel](url) — Auteur e.a. (VENUE jaar). Notitie.» with an optional «· code: [pad](github)», a <details> block,
contribution notes naming issues / merge requests, and a «## Licentie» section. The group `dsi-leesclub`, the project,
the maintainers and the issue numbers are invented; flash-attention, the LRA benchmark, Mamba and vLLM appear as what
they are."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1798)
G, P = "dsi-leesclub", "awesome-lange-context"
U = f"https://gitlab.uhasselt.be/{G}/{P}"
L = []
a = L.append
a(f"# Awesome lange context [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)")
a("")
a(f"[![pipeline status]({U}/badges/main/pipeline.svg)]({U}/-/commits/main)")
a("")
a("> Een gecureerde lijst van papers, code en blogposts over efficiënte aandacht en lange contexten, bijgehouden door de "
  "leesclub van het Data Science Instituut. Opmerkingen zijn welkom via een issue.")
a("")
a("[[_TOC_]]")
a("")
a("## Schaarse en lineaire aandacht")
a("")
a(f"- [{T('2007.14062')}](https://arxiv.org/abs/2007.14062) — Zaheer e.a. (NeurIPS 2020). Globale, lokale en random "
  "tokens; goede baseline voor documenten van 4k tokens. · code: [google-research/bigbird](https://github.com/google-research/bigbird)")
a(f"- {T('2004.11886')} — Wu e.a. (ICLR 2020, arXiv:2004.11886). Korte en lange afstand in aparte takken; interessant voor edge-toestellen.")
a("")
a("## Recurrentie en geheugen")
a("")
a(f"- [{T('2002.09402')}](https://openreview.net/forum?id={OR('2002.09402')}) — Fan e.a. (2021). Elke laag ziet de "
  "hogere representaties van vorige stappen; traag bij training, maar sterk bij kleine modellen.")
a(f"- [{T('2302.10866')}](https://arxiv.org/pdf/2302.10866) — Poli e.a. (ICML 2023). Lange convoluties als vervanger van "
  "aandacht. Zie ook Mamba voor de SSM-kant (niet in deze lijst, want geen aandacht).")
a("")
a("## Kernels en systemen")
a("")
a(f"- [{T('2307.08691')}](https://arxiv.org/abs/2307.08691v2) — Dao (2023). Betere werkverdeling over warps. · code: "
  "[Dao-AILab/flash-attention](https://github.com/Dao-AILab/flash-attention)")
a(f"- {T('2309.06180')} — Kwon e.a. (SOSP 2023). Paginering van de KV-cache; de basis van vLLM.")
a("")
a("## Lange context in de praktijk")
a("")
a(f"- {T('2306.15595')} — Chen e.a. (2023). Posities herschalen in plaats van extrapoleren; werkt al na 1000 stappen finetunen.")
a(f"- {T('2307.03172')} — Liu e.a. (TACL 2024). Informatie in het midden van de prompt wordt slecht gebruikt; lees dit voor je RAG bouwt.")
a("")
a("<details>")
a("<summary>Benchmarks en andere bronnen (geen papers)</summary>")
a("")
a("- Long Range Arena: [google-research/long-range-arena](https://github.com/google-research/long-range-arena)")
a("- Blogpost «Lange context zonder tranen» van onze leesclub (2024), op de wiki van dit project.")
a("- De vLLM-documentatie: <https://docs.vllm.ai/>")
a("")
a("</details>")
a("")
a("## Bijdragen")
a("")
a("Open een merge request met één item per regel, in het formaat hierboven. Zie #3 voor de afspraken over notities en "
  f"!12 voor het voorbeeld. Vragen? Tag @jvdbrk of @lmaes.")
a("")
a("## Licentie")
a("")
a("[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/) — zo ver als wettelijk mogelijk heeft de leesclub afstand gedaan van alle rechten.")
write_only(F, "\n".join(L) + "\n", keys(F))
