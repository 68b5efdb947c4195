#!/usr/bin/env python3
"""1756 (negative control): a Ukrainian postdoc's terminal (pasted) while costing GPU time for a grant form:
nvidia-smi's CSV query of the power limits, then a numbat session (intro banner off in its config) turning them into
energy, power, emissions and a price. Each numbat answer is computed here (Decimal arithmetic) from the inputs: the
pretty-printed echo with full unit names, `= value unit    [Dimension]`, blank lines around, `ans` the previous
result. No paper, no catalogue title, nothing arXiv-shaped (at most two decimals)."""
import os, sys
from decimal import Decimal as D
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write

F = "1756_negative_numbat_unit_calculator_session_ukrainian_gpu_energy_budget_no_papers.txt"
PS = "olena@robocha:~/grant-2024$ "
GPUS, WATT, HOURS, RUNS, PUE, CO2, PRICE = 8, D(700), 72, 3, D("1.3"), D("0.25"), D("4.32")


def fmt(x):
    x = x.quantize(D("0.01"))
    s = format(x.normalize(), "f")
    return s


def build():
    L = [PS + "# заявка: 3 запуски по 72 год на одному вузлі, рахую енергію та вартість",
         PS + "nvidia-smi --query-gpu=index,name,power.limit --format=csv"]
    L += ["index, name, power.limit [W]"] + [f"{i}, NVIDIA H100 80GB HBM3, {WATT:.2f} W" for i in range(GPUS)]
    L += [PS + "numbat"]
    e1 = GPUS * WATT * HOURS / 1000
    e2 = e1 * PUE
    p = e2 / HOURS
    e3 = RUNS * e2
    c = e3 * CO2
    cost = e3 * PRICE
    steps = [
     (f"{GPUS} × {WATT} W × {HOURS} h -> kWh", f"{GPUS} × {WATT} watt × {HOURS} hour ➞ kilowatt_hour", e1, "kWh", "Energy"),
     (f"ans × {PUE}", f"ans × {PUE}", e2, "kWh", "Energy"),
     (f"ans / {HOURS} h -> kW", f"ans / {HOURS} hour ➞ kilowatt", p, "kW", "Power"),
     (f"{RUNS} × {fmt(e2)} kWh", f"{RUNS} × {fmt(e2)} kilowatt_hour", e3, "kWh", "Energy"),
     (f"ans × {CO2} kg / kWh", f"ans × {CO2} kilogram / kilowatt_hour", c, "kg", "Mass"),
    ]
    for src, echo, val, unit, dim in steps:
        L += [">>> " + src, "", "  " + echo, "", f"    = {fmt(val)} {unit}    [{dim}]", ""]
    L += [f">>> {fmt(e3)} × {PRICE}", "", f"  {fmt(e3)} × {PRICE}", "", f"    = {fmt(cost)}", "", ">>> quit"]
    L += [PS + f"echo '- енергія: {fmt(e3)} кВт·год (PUE {PUE}); CO2 ≈ {fmt(c)} кг; вартість ≈ {fmt(cost)} грн за тарифом {PRICE} грн/кВт·год' >> кошторис.md",
          PS + "tail -n 2 кошторис.md",
          "- обладнання: доступ до вузла з 8 GPU надає партнер (лист від 14.02)",
          f"- енергія: {fmt(e3)} кВт·год (PUE {PUE}); CO2 ≈ {fmt(c)} кг; вартість ≈ {fmt(cost)} грн за тарифом {PRICE} грн/кВт·год", PS]
    return "\n".join(L)


if __name__ == "__main__":
    write(F, build(), negative=True)
