"""rooster.py -- verdeelt de papers van de leesgroep "Agenten en RL" over de sessies.

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
        "titel": "ReAct: Synergizing Reasoning and Acting in Language Models",
        "url": "https://openreview.net/forum?id=WE_vluYUL-X",
        "score": 5,
    },
    "memgpt": {
        "titel": "MemGPT: Towards LLMs as Operating Systems",
        "url": "https://arxiv.org/abs/2310.08560",
        "score": 4,
    },
    "trajectory": {
        "titel": "Offline Reinforcement Learning as One Big Sequence Modeling Problem",
        "url": "https://arxiv.org/pdf/2106.02039v1",
        "score": 3,
    },
    "dt": {
        "titel": "Decision Transformer: Reinforcement Learning via Sequence Modeling",
        "url": "http://arxiv.org/abs/2106.01345",
        "score": 4,
    },
    "alphago_zero": {
        "titel": "Mastering the game of Go without human knowledge",
        "url": "",  # Nature, geen arXiv-versie
        "score": 5,
    },
    "rt2": {
        "titel": "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control",
        "url": "",
        "score": 3,
    },
    "agentbench": {
        "titel": "AgentBench: Evaluating LLMs as Agents",
        "url": "",
        "score": 2,
    },
}
# Niet ingeroosterd (Daan presenteert het los in juni):
#   Do As I Can, Not As I Say: Grounding Language in Robotic Affordances -- arXiv:2204.01691
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
