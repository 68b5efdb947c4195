#!/usr/bin/env python3
"""1232: an SML/NJ REPL session (Ukrainian): a Kyiv-like student keeps her seminar reading list as an SML value (the
course uses SML) and pasted the terminal into a file. SML/NJ: the banner `Standard ML of New Jersey (64-bit) v110.99.4
[built: …]`, the prompt `- `, the continuation prompt `= `; typed input is raw UTF-8 (Ukrainian notes, English
titles). The top level echoes each binding (`type …`, `val x = … : type`) with strings as String.toString writes them
— every byte above 126 as a decimal `\\ddd` escape, so Ukrainian text shows as `\\208\\159…` — and cut at
Control.Print.stringDepth (70 bytes) with `#` before the closing quote; records print with labels sorted and no
spaces (`{nazva="…",posylannia="…",prymitka="…"}`), broken over lines when wider than 79 columns. `print` writes the
raw bytes. The list holds eleven entries: eight papers (three with an arXiv link, one with `arXiv:…` in its note and
no link, four with no link — two not on arXiv), a book, a repository and a course."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1232, keys, GLOROT, DBN

E = [  # nazva, posylannia, prymitka
 (T("2103.09762"), "https://arxiv.org/abs/2103.09762", "неперервне навчання; доповідає Оксана 14.05"),
 (T("2101.08809"), "https://arxiv.org/abs/2101.08809", "символьне програмування для AutoML"),
 (T("2006.05990"), "https://arxiv.org/pdf/2006.05990", "PPO: що насправді важливо — таблиці в додатку"),
 (T("2108.04392"), "", "arXiv:2108.04392, посилання загубилось у чаті"),
 (GLOROT, "", "AISTATS 2010, на arXiv немає — ініціалізація Ксав'є"),
 (DBN, "", "Neural Computation, 2006; на arXiv немає"),
 (T("2006.03656"), "", "Дмитро: знайти PDF самому"),
 (T("2103.13462"), "", "розділ з конспекту Ма; для теорії оптимізації"),
 ("Deep Learning (Goodfellow, Bengio, Courville)", "https://www.deeplearningbook.org/", "книга, розд. 8 — не стаття"),
 ("google/pyglove", "https://github.com/google/pyglove", "код до PyGlove, не стаття"),
 ("CS 285: Deep Reinforcement Learning (Berkeley)", "https://rail.eecs.berkeley.edu/deeprlcourse/", "курс, лекції 5–9"),
]


def lit(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def tostring(s, depth=70):
    b = s.encode("utf-8")
    cut = len(b) > depth
    b = b[:depth]
    out = []
    for x in b:
        if x == 0x22: out.append('\\"')
        elif x == 0x5C: out.append("\\\\")
        elif 32 <= x <= 126: out.append(chr(x))
        elif x == 10: out.append("\\n")
        else: out.append(f"\\{x:03d}")
    return '"' + "".join(out) + ("#" if cut else "") + '"'


def rec(e, first, last, ind):
    fields = [f'nazva={tostring(e[0])}', f'posylannia={tostring(e[1])}', f'prymitka={tostring(e[2])}']
    lead = "  [" if first else "   "
    tail = "]" if last else ","
    one = lead + "{" + ",".join(fields) + "}" + tail
    if len(one) <= 79: return [one]
    lines = [lead + "{" + fields[0] + ","]
    lines += [" " * (len(lead) + 1) + f + "," for f in fields[1:-1]]
    lines.append(" " * (len(lead) + 1) + fields[-1] + "}" + tail)
    return lines


def echo(name, es, ty):
    out = [f"val {name} ="]
    for i, e in enumerate(es):
        out += rec(e, i == 0, i == len(es) - 1, 2)
    out[-1] += f" : {ty}"
    return out


L = ["$ sml", "Standard ML of New Jersey (64-bit) v110.99.4 [built: Thu Aug 31 14:25:02 2023]",
     "- type stattia = {nazva : string, posylannia : string, prymitka : string};",
     "type stattia = {nazva:string, posylannia:string, prymitka:string}",
     "- val spysok : stattia list = [  (* семінар «Оптимізація та AutoML», весна 2024 *)"]
for i, (n, p, m) in enumerate(E):
    L.append(f"=   {{nazva = {lit(n)},")
    L.append(f"=    posylannia = {lit(p)},")
    L.append(f"=    prymitka = {lit(m)}}}" + ("," if i < len(E) - 1 else ""))
L.append("= ];")
L += echo("spysok", E, "stattia list")
L += ["- length spysok;", f"val it = {len(E)} : int",
      '- val bez_posylan = List.filter (fn (s : stattia) => #posylannia s = "") spysok;']
B = [e for e in E if e[1] == ""]
L += echo("bez_posylan", B, "stattia list")
L += ["- length bez_posylan;", f"val it = {len(B)} : int",
      '- app (fn (s : stattia) => print (#nazva s ^ "  —  " ^ #prymitka s ^ "\\n")) bez_posylan;']
L += [f"{n}  —  {m}" for n, p, m in B]
L += ["val it = () : unit", "- OS.Process.exit OS.Process.success;"]
text = "\n".join(L) + "\n"
write_only(F1232, text, keys(F1232))
