#!/usr/bin/env python3
"""1778: the README.md of an awesome list in a project on gitlab.utu.fi (the GitLab of the Turun yliopisto /
University of Turku), Finnish: the title with the awesome badge, pipeline and licence badges, an introduction, GitLab's
own table-of-contents macro «[[_TOC_]]», four sections whose items are Markdown tables (Artikkeli | Tekijät |
Julkaisu | Koodi | Miksi lukea), a collapsible <details> block, «Osallistuminen» with GitLab issue («#n») and merge
request («!n») references and maintainer handles in the university's six-letter user-id form, a ```bibtex block for
citing the list itself, and the licence. The group `tkt-lukupiiri`, the project, the maintainers @aikors and @pemakk,
the issues and merge requests are invented; the repositories on GitHub (performer-pytorch, lite-transformer, safari,
torchscale, flash-attention), the Long Range Arena benchmark, Mamba by name, PyTorch and CC BY 4.0 appear as what
they are, never labelled. Nicknames Performer, RFA, Synthesizer, Lite Transformer, Hyena, RetNet, FlashAttention-2
and position interpolation appear where the paper is written in full."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys
F = by_num(1778)
G, P = "tkt-lukupiiri", "awesome-tehokkaat-sekvenssimallit"
U = f"https://gitlab.utu.fi/{G}/{P}"
HDR = "| Artikkeli | Tekijät | Julkaisu | Koodi | Miksi lukea |\n| --- | --- | --- | --- | --- |"


def gh(repo):
    return f"[{repo}](https://github.com/{repo})"


def row(*cells):
    return "| " + " | ".join(cells) + " |"


sections = [
    ("Lineaarinen ja ydinfunktioihin perustuva huomio", [
        row(f"[{T('2009.14794')}](https://openreview.net/forum?id=Ua6zuk0WRH)", "Choromanski ym.", "ICLR 2021",
            gh("lucidrains/performer-pytorch"), "FAVOR+ arvioi softmax-huomion positiivisilla satunnaispiirteillä; aika ja muisti lineaarisia."),
        row(T("2103.02143"), "Peng ym.", "ICLR 2021", "–",
            "Satunnaispiirteet ja portti, joka toimii kuin RNN:n unohtaminen. Käsiteltiin lukupiirissä (#14)."),
    ]),
    ("Synteettinen ja paikallinen huomio", [
        row(T("2005.00743"), "Tay ym.", "ICML 2021", "–",
            "Huomiopainot opitaan ilman token–token-pistetuloja – yllättävän kilpailukykyinen."),
        row(T("2004.11886"), "Wu ym.", "ICLR 2020, arXiv:2004.11886", gh("mit-han-lab/lite-transformer"),
            "Osa päistä laskee konvoluutiota paikalliseen kontekstiin, loput huomiota pitkiin riippuvuuksiin. Mobiililaitteille."),
    ]),
    ("Rekurrenssi ja pitkät konvoluutiot", [
        row(f"[{T('2302.10866')}](https://arxiv.org/abs/2302.10866)", "Poli ym.", "ICML 2023", gh("HazyResearch/safari"),
            "Implisiittisesti parametrisoidut pitkät konvoluutiot ja portitus korvaavat huomion kokonaan."),
        row(f"[{T('2307.08621')}](https://arxiv.org/pdf/2307.08621)", "Sun ym.", "2023", gh("microsoft/torchscale"),
            "Rinnakkainen opetus, rekurrentti päättely: vakiomuisti askelta kohden generoinnissa."),
    ]),
    ("Pitkä konteksti ja laskenta", [
        row(f"[{T('2307.08691')}](https://arxiv.org/abs/2307.08691v1)", "Dao", "ICLR 2024", gh("Dao-AILab/flash-attention"),
            "Tarkka huomio, mutta työnjako GPU:lla uusiksi; käytännössä ensimmäinen asia, joka kannattaa kokeilla."),
        row(T("2306.15595"), "Chen ym.", "2023", "–",
            "Position interpolation: sijaintikoodaus skaalataan, jotta valmis malli venyy pidempään kontekstiin vähällä hienosäädöllä."),
    ]),
]
txt = f"""# Awesome tehokkaat sekvenssimallit [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

[![pipeline status]({U}/badges/main/pipeline.svg)]({U}/-/commits/main)
[![Lisenssi: CC BY 4.0](https://img.shields.io/badge/lisenssi-CC%20BY%204.0-blue.svg)](https://creativecommons.org/licenses/by/4.0/)

Koottu lista artikkeleita ja koodia tehokkaasta huomiomekanismista, rekurrenssista ja pitkästä kontekstista.
Lista syntyi tietotekniikan laitoksen lukupiirissä syksyllä 2024, ja sitä täydennetään merge requesteilla.
Vertailulukuja (esim. Long Range Arenasta) emme kopioi tänne, koska ne riippuvat liikaa toteutuksesta.

[[_TOC_]]
"""
for title, rows in sections:
    txt += f"\n## {title}\n\n{HDR}\n" + "\n".join(rows) + "\n"
txt += f"""
<details>
<summary>Miksi Mamba ei ole listalla?</summary>

Mamba ja muut valikoivat tila-avaruusmallit saavat oman listansa, katso #21. Tällä listalla pysytään huomiossa ja sen
välittömissä korvaajissa.

</details>

## Osallistuminen

Ehdotukset merge requestina `main`-haaraan (esim. !7 lisäsi taulukkomuodon). Yksi rivi: artikkelin koko nimi ja linkki
(arXiv, OpenReview tai julkaisusarja), tekijät muodossa ”Sukunimi ym.”, julkaisu ja vuosi, koodi jos on, ja yksi lause
siitä, miksi artikkeli kannattaa lukea. CI ajaa `awesome-lint`in ja linkkitarkistuksen. Kysymykset issueihin tai
suoraan ylläpitäjille @aikors ja @pemakk.

Viittaaminen listaan:

```bibtex
@misc{{{P},
  title  = {{Awesome tehokkaat sekvenssimallit}},
  author = {{{{Tietotekniikan laitoksen lukupiiri}}}},
  year   = {{2024}},
  url    = {{{U}}}
}}
```

## Lisenssi

[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) – saa kopioida ja muokata, kunhan lähde mainitaan.
"""
write_only(F, txt, keys(F))
