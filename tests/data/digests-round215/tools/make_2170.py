#!/usr/bin/env python3
"""2170: a Pyomo model (`rooster.py`: a ConcreteModel that assigns the papers of an invented Dutch agents-and-RL
reading group to sessions and presenters — Sets, Params from a dict of paper records, binary Vars, an Objective,
Constraints by rule, a SolverFactory("glpk") call) in which the papers are data: an OpenReview forum link and arXiv
links (`/abs/`, `/pdf/…v1`, `http://`) in `url` fields, `arXiv:2204.01691` in a comment, titles alone in `titel`
fields without url and in a comment; non-papers (the Pyomo docs, GLPK, a book, a dataset, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num, AGZ

F = by_num(2170)
TXT = fill(r'''"""rooster.py -- verdeelt de papers van de leesgroep "Agenten en RL" over de sessies.

Gebruik:
    python rooster.py            # lost op met GLPK (glpsol moet in PATH staan)

Documentatie Pyomo: https://pyomo.readthedocs.io/en/stable/
Repository: https://github.com/agenten-lab/leesgroep-rooster
Contact: Sanne Verhoeven <sanne.verhoeven@agenten-lab.example.nl>
"""
from pyomo.environ import (
    Binary,
    ConcreteModel,
    Constraint,
    Objective,
    Param,
    Set,
    SolverFactory,
    Var,
    maximize,
    value,
)

# Papers met voorkeursscore (1-5, gemiddelde van de enquete van 3 april).
# "url" leeg = nog geen link gevonden; Sanne zoekt de pdf op.
PAPERS = {
    "react": {
        "titel": "[[T:2210.03629]]",
        "url": "https://openreview.net/forum?id=WE_vluYUL-X",
        "score": 5,
    },
    "memgpt": {
        "titel": "[[T:2310.08560]]",
        "url": "https://arxiv.org/abs/2310.08560",
        "score": 4,
    },
    "trajectory": {
        "titel": "[[T:2106.02039]]",
        "url": "https://arxiv.org/pdf/2106.02039v1",
        "score": 3,
    },
    "dt": {
        "titel": "[[T:2106.01345]]",
        "url": "http://arxiv.org/abs/2106.01345",
        "score": 4,
    },
    "alphago_zero": {
        "titel": "[[T:AGZ]]",
        "url": "",  # Nature, geen arXiv-versie
        "score": 5,
    },
    "rt2": {
        "titel": "[[T:2307.15818]]",
        "url": "",
        "score": 3,
    },
    "agentbench": {
        "titel": "[[T:2308.03688]]",
        "url": "",
        "score": 2,
    },
}
# Niet ingeroosterd (Daan presenteert het los in juni):
#   [[T:2204.01691]] -- arXiv:2204.01691
# Achtergrond, geen paper: Sutton & Barto, "Reinforcement Learning: An Introduction" (2e druk)
# en de MineRL-dataset voor de demo.

SESSIES = ["2024-04-17", "2024-05-01", "2024-05-15", "2024-05-29"]
SPREKERS = ["Sanne", "Daan", "Fleur", "Joost"]

model = ConcreteModel(name="leesgroep_rooster")
model.P = Set(initialize=sorted(PAPERS))
model.S = Set(initialize=SESSIES)
model.R = Set(initialize=SPREKERS)
model.score = Param(model.P, initialize={k: v["score"] for k, v in PAPERS.items()})

# x[p, s, r] = 1 als paper p in sessie s door spreker r gepresenteerd wordt
model.x = Var(model.P, model.S, model.R, domain=Binary)


def doel_rule(m):
    return sum(m.score[p] * m.x[p, s, r] for p in m.P for s in m.S for r in m.R)


model.doel = Objective(rule=doel_rule, sense=maximize)


def hoogstens_een_keer_rule(m, p):
    return sum(m.x[p, s, r] for s in m.S for r in m.R) <= 1


model.hoogstens_een_keer = Constraint(model.P, rule=hoogstens_een_keer_rule)


def twee_per_sessie_rule(m, s):
    return sum(m.x[p, s, r] for p in m.P for r in m.R) <= 2


model.twee_per_sessie = Constraint(model.S, rule=twee_per_sessie_rule)


def een_per_spreker_rule(m, s, r):
    return sum(m.x[p, s, r] for p in m.P) <= 1


model.een_per_spreker = Constraint(model.S, model.R, rule=een_per_spreker_rule)


if __name__ == "__main__":
    resultaat = SolverFactory("glpk").solve(model, tee=False)
    print(resultaat.solver.termination_condition)
    for s in model.S:
        for p in model.P:
            for r in model.R:
                if value(model.x[p, s, r]) > 0.5:
                    print(f"{s}  {r:6s}  {PAPERS[p]['titel']}")
    # opname vorige sessie: https://video.agenten-lab.example.nl/leesgroep/2024-03
''', {"AGZ": AGZ})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
