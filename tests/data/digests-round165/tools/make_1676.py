#!/usr/bin/env python3
"""1676 (negative): a Ukrainian lab's GPU and travel budget for a semester, kept as a Calca document (Calca: a
Markdown text editor that evaluates `name = expression` definitions and writes each answer after `=>` on the line
that asks for it). Every `=>` answer is computed here from the definitions above it (rounded to two decimals,
trailing zeros dropped) — no paper, no arXiv-shaped number."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num

F = by_num(1676)
DOC = [
    "# Бюджет обчислень і поїздок — весняний семестр 2024",
    "",
    "Лабораторія обробки мови. Оновлено 11.03, ціни з рахунку постачальника хмари (USD без ПДВ).",
    "",
    "## Ціни",
    "",
    "курс_грн = 39.1",
    "a100_година = 1.89",
    "h100_година = 3.35",
    "сховище_тб_місяць = 21",
    "",
    "## Експерименти",
    "",
    "Базові моделі: 6 запусків по 40 годин на 8 GPU.",
    "",
    "базові_години = 6 * 40 * 8",
    "базові_години =>",
    "базові_usd = базові_години * a100_година",
    "базові_usd =>",
    "",
    "Абляції (Ірина): 24 короткі запуски по 6 годин на 4 GPU.",
    "",
    "абляції_usd = 24 * 6 * 4 * a100_година",
    "абляції_usd =>",
    "",
    "Великий запуск на H100 — лише якщо базові спрацюють, окремим рядком.",
    "",
    "великий_usd = 2 * 72 * 8 * h100_година",
    "великий_usd =>",
    "",
    "Сховище: 14 ТБ чекпойнтів на 5 місяців.",
    "",
    "сховище_usd = 14 * 5 * сховище_тб_місяць",
    "сховище_usd =>",
    "",
    "## Поїздки",
    "",
    "квитки_usd = 2 * 420",
    "проживання_usd = 2 * 5 * 115",
    "внески_usd = 2 * 375",
    "поїздки_usd = квитки_usd + проживання_usd + внески_usd",
    "поїздки_usd =>",
    "",
    "## Разом",
    "",
    "без_великого = базові_usd + абляції_usd + сховище_usd + поїздки_usd",
    "без_великого =>",
    "з_великим = без_великого + великий_usd",
    "з_великим =>",
    "з_великим * курс_грн =>",
    "",
    "Грант дає 10000 USD на семестр; залишок без великого запуску:",
    "",
    "10000 - без_великого =>",
    "",
    "Висновок для Олега Петровича: великий запуск не вміщається, просимо доплату з кафедрального фонду.",
]


def fmt(x):
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s


def build():
    env, out = {}, []
    for line in DOC:
        if line.endswith("=>"):
            expr = line[:-2].strip()
            out.append(f"{expr} => {fmt(eval(expr, {'__builtins__': {}}, env))}")
        elif " = " in line and not line.startswith("#") and line.split(" = ")[0].isidentifier():
            name, expr = line.split(" = ", 1)
            env[name] = eval(expr, {"__builtins__": {}}, env)
            out.append(line)
        else:
            out.append(line)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    write(F, build(), negative=True)
