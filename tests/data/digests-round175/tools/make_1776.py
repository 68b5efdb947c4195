#!/usr/bin/env python3
"""1776 (negative control): an Italian postdoc's terminal (pasted) while costing the trip to a conference in Vienna:
a GNU units session (its start-up lines, then `You have:` / `You want:` pairs, each answer a tab-indented `* value`
and `/ reciprocal` in units' default %.8g output format), closed with Ctrl-D, then two lines appended to the budget
note and shown with tail. Every answer is computed here (Decimal arithmetic over the few units used, then %.8g). Space
multiplication binds tighter than `/` (units' rule), `*` and `/` left to right. No paper, no catalogue title, nothing
arXiv-shaped."""
import os, re, sys
from decimal import Decimal as D, getcontext
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

getcontext().prec = 40
F = "1776_negative_gnu_units_session_italian_conference_travel_budget_no_papers.txt"
PS = "giulia@portatile:~/trasferta-vienna$ "
# base quantities: (factor to SI, dimension vector m, kg, s, bit)
U = {"km": (D(1000), (1, 0, 0, 0)), "m": (D(1), (1, 0, 0, 0)), "mm": (D("0.001"), (1, 0, 0, 0)), "cm": (D("0.01"), (1, 0, 0, 0)),
     "inch": (D("0.0254"), (1, 0, 0, 0)), "miles": (D("1609.344"), (1, 0, 0, 0)), "liter": (D("0.001"), (3, 0, 0, 0)),
     "s": (D(1), (0, 0, 1, 0)), "min": (D(60), (0, 0, 1, 0)), "h": (D(3600), (0, 0, 1, 0)), "hours": (D(3600), (0, 0, 1, 0)),
     "terabyte": (D(8) * D(10) ** 12, (0, 0, 0, 1)), "megabit": (D(10) ** 6, (0, 0, 0, 1)), "kg": (D(1), (0, 1, 0, 0))}
STEPS = [("48 inch", "cm"), ("36 inch", "cm"), ("1.75 terabyte / (150 megabit/s)", "hours"), ("6.2 liter/100 km * 830 km", "liter"),
         ("9 h + 50 min", "min")]


def q(tok):
    if re.fullmatch(r"\d+(\.\d+)?", tok): return D(tok), (0, 0, 0, 0)
    return U[tok]


def mul(a, b, sign=1):
    return a[0] * b[0] if sign == 1 else a[0] / b[0], tuple(x + sign * y for x, y in zip(a[1], b[1]))


def product(s):
    """space-separated factors (juxtaposition), or a parenthesised expression"""
    out = (D(1), (0, 0, 0, 0))
    for tok in s.split():
        out = mul(out, q(tok))
    return out


def evaluate(expr):
    """units' grammar for what this session types: terms joined by ` + `; a term is `a * b`, `a / b`, `a/b` (slash
    binds looser than a space), a parenthesised sub-expression is evaluated first"""
    if " + " in expr:
        parts = [evaluate(p) for p in expr.split(" + ")]
        assert all(p[1] == parts[0][1] for p in parts)
        return sum(p[0] for p in parts), parts[0][1]
    m = re.fullmatch(r"(.*) / \((.*)\)", expr)
    if m: return mul(evaluate(m[1]), evaluate(m[2]), -1)
    toks = re.split(r"\s*([*/])\s*", expr)
    val = product(toks[0])
    for op, t in zip(toks[1::2], toks[2::2]):
        val = mul(val, product(t), 1 if op == "*" else -1)
    return val


def g8(x):
    return "%.8g" % float(x)


def answer(have, want):
    a, b = evaluate(have), U[want]
    assert a[1] == b[1], (have, want)
    r = a[0] / b[0]
    return [f"\t* {g8(r)}", f"\t/ {g8(1 / r)}"], r


def build():
    L = [PS + "# preventivo trasferta: poster, caricamento dei dati sul cluster, viaggio in auto", PS + "units",
         "Currency exchange rates from FloatRates (USD base) on 2024-04-29 ", "3714 units, 109 prefixes, 122 nonlinear units", ""]
    res = []
    for have, want in STEPS:
        out, r = answer(have, want)
        L += [f"You have: {have}", f"You want: {want}"] + out
        res.append(r)
    L += ["You have: "]
    fuel = res[3]
    note = [f"- poster: 48 x 36 pollici = {g8(res[0])} x {g8(res[1])} cm (stampa in copisteria, formato da confermare)",
            f"- auto Bologna-Vienna: 830 km, circa {g8(fuel)} litri a tratta, {g8(fuel * 2)} andata e ritorno"]
    for n in note:
        L += [PS + f"echo '{n}' >> preventivo.md"]
    L += [PS + "tail -n 3 preventivo.md", "- iscrizione: tariffa studenti/postdoc, da pagare entro il 15 aprile"] + note + [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write(F, build(), negative=True)
