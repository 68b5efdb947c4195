#!/usr/bin/env python3
"""1788: a Brazilian PhD student's terminal (pasted): the reading group's schedule as an answer-set program
(`cat leituras.lp`: facts for the weeks, the people and the papers with their titles and links, the group's rules as
a choice rule and integrity constraints, a `#show` of (week, title, presenter) terms), then clingo finding one
schedule (`clingo leituras.lp`: `Answer: 1`, the shown terms on one line, SATISFIABLE, `Models : 1+`) and counting all
of them (`clingo leituras.lp 0 -q`). Computed here from the modelled program: the schedule shown (a fixed paper
order, the presenters found depth-first) satisfies every rule; the model count is the number of (paper order,
presenter sequence) pairs that satisfy them (paper orders x presenter sequences, week by week for the preferred
paper); the solver's timings are invented."""
import itertools, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import keys, by_num, ALPHAGOZERO

F = by_num(1788)
PS = "luiza@notebook:~/grupo-leitura$ "
LP = "leituras.lp"
WEEKS = 8
PEOPLE = ["Ana", "Bruno", "Camila", "Diego"]
MAXP = 2
# (id, title, link); an empty link when the group only has the title
ART = [
 ("dt", T("2106.01345"), "https://arxiv.org/abs/2106.01345"),
 ("tt", T("2106.02039"), ""),
 ("react", T("2210.03629"), f"https://openreview.net/forum?id={OR('2210.03629')}"),
 ("agentes", T("2304.03442"), "https://arxiv.org/pdf/2304.03442.pdf"),
 ("memgpt", T("2310.08560"), "https://arxiv.org/abs/2310.08560v2"),
 ("saycan", T("2204.01691"), ""),
 ("evolucao", T("2101.03958"), ""),
 ("alphago", ALPHAGOZERO, ""),
]
ARXIV = [("tt", "2106.02039")]
MATERIAL = [("Curso de RL do David Silver (aulas em vídeo, UCL)", "https://www.davidsilver.uk/teaching/"),
            ("Sutton & Barto, livro de RL (2ª ed., versão on-line)", "http://incompleteideas.net/book/the-book-2nd.html")]
UNAVAIL = [("Bruno", 3), ("Bruno", 4), ("Camila", 6)]
PREFER = [("Diego", "alphago")]
AFTER = [("tt", "dt"), ("memgpt", "react")]  # depois(A, B): A only after B


def q(s):
    assert '"' not in s and "\\" not in s
    return '"' + s + '"'


def program():
    L = ["% Grupo de leitura: agentes, planejamento e RL (2º semestre de 2024)",
         "% Uma sessão por semana; cada pessoa apresenta no máximo duas vezes",
         "% e ninguém apresenta em duas semanas seguidas.", "",
         f"#const max_por_pessoa = {MAXP}.", "",
         f"semana(1..{WEEKS}).", "pessoa(" + "; ".join(q(p) for p in PEOPLE) + ").", "",
         "% artigo(Id, Título, Link): link vazio quando só temos o título"]
    L += [f"artigo({a}, {q(t)}, {q(u)})." for a, t, u in ART]
    L += [f"arxiv({a}, {q(x)}).   % sem link, só o número" for a, x in ARXIV]
    L += ["", "% fora da agenda (não são artigos), só para consulta"]
    L += [f"material({q(n)}, {q(u)})." for n, u in MATERIAL]
    L += ["", "% restrições de agenda"]
    L += [" ".join(f"indisponivel({q(p)}, {w})." for p, w in UNAVAIL if p == who) for who in dict.fromkeys(p for p, _ in UNAVAIL)]
    L += [f"prefere({q(p)}, {a}).   % o Diego pediu o AlphaGo Zero" for p, a in PREFER]
    L += [f"depois({a}, {b})." for a, b in AFTER]
    L += ["", "1 { sessao(S, A) : artigo(A, _, _) } 1 :- semana(S).",
          ":- artigo(A, _, _), #count { S : sessao(S, A) } != 1.",
          "1 { apresenta(S, P) : pessoa(P) } 1 :- semana(S).",
          ":- pessoa(P), #count { S : apresenta(S, P) } > max_por_pessoa.",
          ":- apresenta(S, P), apresenta(S+1, P).",
          ":- apresenta(S, P), indisponivel(P, S).",
          ":- prefere(P, A), sessao(S, A), not apresenta(S, P).",
          ":- depois(A, B), sessao(S1, A), sessao(S2, B), S1 <= S2.", "",
          "#show.", "#show (S, T, P) : sessao(S, A), artigo(A, T, _), apresenta(S, P)."]
    return L


def order_ok(order):
    wk = {a: i + 1 for i, a in enumerate(order)}
    return all(wk[a] > wk[b] for a, b in AFTER)


def pres_ok(seq, order):
    if any(seq.count(p) > MAXP for p in PEOPLE): return False
    if any(x == y for x, y in zip(seq, seq[1:])): return False
    if any(seq[w - 1] == p for p, w in UNAVAIL): return False
    wk = {a: i + 1 for i, a in enumerate(order)}
    return all(seq[wk[a] - 1] == p for p, a in PREFER)


def count_models():
    ids = [a for a, _, _ in ART]
    per_week = [0] * (WEEKS + 1)
    for order in itertools.permutations(ids):
        if order_ok(order): per_week[order.index("alphago") + 1] += 1
    total = 0
    for w in range(1, WEEKS + 1):
        order = ["?"] * WEEKS; order[w - 1] = "alphago"
        n = sum(1 for s in itertools.product(PEOPLE, repeat=WEEKS)
                if all(s.count(p) <= MAXP for p in PEOPLE) and all(x != y for x, y in zip(s, s[1:]))
                and not any(s[u - 1] == p for p, u in UNAVAIL) and s[w - 1] == "Diego")
        total += per_week[w] * n
    return total


def build():
    order, seq = preferred()
    title = {a: t for a, t, _ in ART}
    shown = " ".join(f"({w},{q(title[a])},{q(p)})" for w, (a, p) in enumerate(zip(order, seq), 1))
    L = [PS + f"cat {LP}"] + program()
    L += [PS + f"clingo {LP}", "clingo version 5.6.2", f"Reading from {LP}", "Solving...", "Answer: 1", shown, "SATISFIABLE", "",
          "Models       : 1+", "Calls        : 1", "Time         : 0.014s (Solving: 0.00s 1st Model: 0.00s Unsat: 0.00s)",
          "CPU Time     : 0.013s"]
    L += [PS + f"clingo {LP} 0 -q", "clingo version 5.6.2", f"Reading from {LP}", "Solving...", "SATISFIABLE", "",
          f"Models       : {count_models()}", "Calls        : 1",
          "Time         : 4.871s (Solving: 4.86s 1st Model: 0.00s Unsat: 0.00s)", "CPU Time     : 4.866s"]
    L += [PS + "# tantas agendas possíveis... vou mandar a primeira para o grupo e pedir links do SayCan e do Evolving RL", PS]
    return "\n".join(L)


def preferred():
    """the schedule sent to the group: the Decision Transformer first, the Trajectory Transformer right after it"""
    order = ("dt", "tt", "evolucao", "react", "alphago", "agentes", "memgpt", "saycan")
    assert order_ok(order) and sorted(order) == sorted(a for a, _, _ in ART)
    for seq in itertools.product(PEOPLE, repeat=WEEKS):
        if pres_ok(seq, order): return order, seq


if __name__ == "__main__":
    write_only(F, build(), keys(F))
