#!/usr/bin/env python3
"""1814: a Hungarian postdoc's reading log analysed in GNU PSPP, pasted from the terminal: `cat` of the syntax file
(TITLE, DATA LIST LIST with a `;` delimiter and inline data between BEGIN DATA / END DATA, VARIABLE LABELS,
FREQUENCIES), then `pspp olvasas.sps` printing the frequency table in PSPP's text driver layout (box-drawing rules,
Frequency / Percent / Valid Percent / Cumulative Percent, a Total row). Computed here from the inline data: the
counts, percents to one decimal and the cumulative column, the column widths. Ends on a bare prompt without a final
newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1814)
PS = "kata@munkagep:~/olvasonaplo$ "
DATA = [  # cim, forras, het, allapot, megjegyzes
 (T("1910.02054"), "https://arxiv.org/abs/1910.02054", 6, "kész", "DeepSpeed alapja"),
 (T("2208.07339"), "", 7, "kész", "arXiv 2208.07339; 8 bites szorzás"),
 (T("2210.17323"), "https://arxiv.org/abs/2210.17323", 8, "kész", "kvantálás tanítás után"),
 (T("2211.17192"), "https://arxiv.org/pdf/2211.17192", 9, "folyamatban", "ICML 2023"),
 (T("2402.09353"), "https://arxiv.org/abs/2402.09353", 10, "folyamatban", "LoRA helyett?"),
 (T("2307.09288"), "", 11, "olvasandó", "Meta, 2023; a finomhangolási rész"),
 (T("2207.05221"), "", 12, "olvasandó", "kalibráció, Anthropic 2022"),
 (T("2304.08485"), "", 13, "olvasandó", "LLaVA, NeurIPS 2023"),
 ("vLLM dokumentáció (nem cikk)", "https://docs.vllm.ai/", 13, "olvasandó", "kiszolgálás, PagedAttention leírás"),
]
CATS = ["kész", "folyamatban", "olvasandó"]


def freq_table():
    n = len(DATA)
    cnt = [sum(1 for d in DATA if d[3] == c) for c in CATS]
    rows, cum = [], 0.0
    for c, k in zip(CATS, cnt):
        p = 100 * k / n; cum += p
        rows.append(["", c, str(k), f"{p:.1f}%", f"{p:.1f}%", f"{cum:.1f}%"])
    rows[0][0] = "Valid"
    rows.append(["", "Total", str(n), "100.0%", "", ""])
    head = ["", "", "Frequency", "Percent", "Valid Percent", "Cumulative Percent"]
    w = [max(len(r[i]) for r in rows + [head]) for i in range(6)]
    def line(r): return "│" + (r[0].ljust(w[0]) + " " + r[1].ljust(w[1])) + "│" + "│".join(r[i].rjust(w[i]) for i in range(2, 6)) + "│"
    ww = [w[0] + 1 + w[1]] + w[2:]
    top = "╭" + "┬".join("─" * x for x in ww) + "╮"
    mid = "├" + "┼".join("─" * x for x in ww) + "┤"
    bot = "╰" + "┴".join("─" * x for x in ww) + "╯"
    title = "Állapot"
    return [title.center(len(top)).rstrip(), top, line(head), mid] + [line(r) for r in rows] + [bot]


def build():
    L = [PS + "cat olvasas.sps", "TITLE 'Olvasónapló 2024 tavasz - LLM hatékonyság'.",
         'DATA LIST LIST (";") /cim (A110) forras (A40) het (F2.0) allapot (A12) megj (A60).', "BEGIN DATA"]
    L += [f'"{c}";"{f}";{h};"{a}";"{m}"' for c, f, h, a, m in DATA]
    L += ["END DATA.", "VARIABLE LABELS cim 'Cím' forras 'Forrás' het 'Hét' allapot 'Állapot' megj 'Megjegyzés'.",
          "FREQUENCIES /VARIABLES=allapot.", PS + "pspp olvasas.sps"]
    L += freq_table()
    L += [PS]
    return "\n".join(L)


if __name__ == "__main__":
    write_only(F, build(), keys(F))
