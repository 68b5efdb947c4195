#!/usr/bin/env python3
"""1613: a Swedish PhD student's reading note in MultiMarkdown (written in nvALT-style plain text, converted with
multimarkdown): the metadata block (Title, Author, Date, Base Header Level, Tags, Quotes Language), headings, MMD
citations [#key] / [p. N][#key] with their [#key]: definitions at the end, footnotes [^n], reference-style links with
their definitions, and an MMD table with a caption. Built from the modelled note; every citation, footnote and link
reference is defined exactly once and used."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1613)
META = [("Title", "Läsanteckningar: agenter, förstärkningsinlärning och sökning"), ("Author", "Elin Lindqvist"),
        ("Affiliation", "Institutionen för datavetenskap"), ("Date", "2024-03-20"), ("Base Header Level", "2"),
        ("Tags", "läsgrupp, agenter, RL"), ("Quotes Language", "swedish")]
BODY = """# Varför den här anteckningen #

Inför läsgruppen den 27 mars. Tanken är att skilja på tre saker som ofta blandas ihop: (1) RL som
sekvensmodellering, (2) språkmodeller som *agenter* och (3) automatiserad sökning över algoritmer och
hyperparametrar.[^1]

## RL som sekvensmodellering ##

Decision Transformer [][#chen2021] behandlar trajektorier som text: villkora på önskad avkastning och
förutsäg nästa handling. Jämför med de klassiska on-policy-metoderna, där [p. 7][#andrychowicz2020]
visar hur mycket implementationsdetaljer betyder (PPO är känsligare än man tror).

## Språkmodeller som agenter ##

* Generativa agenter: minnesström + reflektion + planering, se [Park m.fl.][park] och deras
  demo.[^2]
* SayCan [][#ahn2022] kopplar språkmodellens förslag till robotens förmågor (affordances).
* För utvärdering: AgentBench [][#liu2023] med åtta miljöer; jämför gärna med [resultattavlan][lb]
  (inte en artikel, bara siffror).

## Automatiserad sökning ##

Två ganska olika idéer: att *söka fram* själva RL-algoritmen [][#coreyes2021], och att söka arkitektur
och hyperparametrar samtidigt [][#dong2020]. Bonus för den som gillar logik: frågebesvarande över
kunskapsgrafer med neurala länkprediktorer [][#arakelyan2021] — samma "planering" fast i inbäddningsrum.

| Artikel        | Miljö / data            | Presenterar |
| -------------- | :---------------------: | ----------: |
| Decision Tr.   | D4RL, Atari             | Elin        |
| SayCan         | kök, verklig robot      | Oskar       |
| AgentBench     | 8 miljöer               | Maja        |
| AutoHAS        | ImageNet, CIFAR         | Viktor      |
[Fördelning av presentationer 27 mars]

[^1]: Lilians blogginlägg om agenter är en bra översikt men ingen artikel; läs det först om du är ny.

[^2]: Koden finns på GitHub (joonspk-research/generative_agents). Demot kräver en egen API-nyckel.

[park]: https://arxiv.org/abs/2304.03442 "Generative Agents: Interactive Simulacra of Human Behavior"
[lb]: https://llmbench.example.org/agentbench "AgentBench leaderboard"
"""
CITES = [
    ("chen2021", f"Lili Chen m.fl. *{T('2106.01345')}.* NeurIPS 2021. <https://arxiv.org/abs/2106.01345>"),
    ("andrychowicz2020", f"Marcin Andrychowicz m.fl. *{T('2006.05990')}* ICLR 2021."),
    ("ahn2022", f"Michael Ahn m.fl. *{T('2204.01691')}.* CoRL 2022. arXiv:2204.01691."),
    ("liu2023", f"Xiao Liu m.fl. *{T('2308.03688')}.* ICLR 2024. <https://arxiv.org/pdf/2308.03688v2>"),
    ("coreyes2021", f"John D. Co-Reyes m.fl. *{T('2101.03958')}.* ICLR 2021."),
    ("dong2020", f"Xuanyi Dong, Mingxing Tan m.fl. *{T('2006.03656')}.* 2020 (preprint)."),
    ("arakelyan2021", f"Erik Arakelyan, Daniel Daza, Pasquale Minervini, Michael Cochez. *{T('2011.03459')}.* ICLR 2021."),
]


def build():
    L = [f"{k}: {v}" for k, v in META] + [""] + BODY.rstrip("\n").split("\n") + [""]
    L += [f"[#{k}]: {v}" for k, v in CITES]
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
