#!/usr/bin/env python3
"""1692: a Swedish PhD student's research diary kept with org-journal (Emacs) as monthly files: the file `202403`.
org-journal writes one top heading per day in `org-journal-date-format` ("%A, %x" under sv_SE: `tisdag, 2024-03-05`),
a `:CREATED:` property (YYYYMMDD) under it for non-daily file types, and one `** HH:MM` heading per entry. Weekdays,
CREATED values and the order of days and times are computed from the modelled entries."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num, GLOROT, DBN

F = by_num(1692)
VECKODAG = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
DAYS = {
    "2024-03-04": [
        ("08:52", "Planering inför handledarmötet", [
            "Kapitel 2 i licen ska handla om varför djupa nät alls går att träna. Ordning: initiering → aktiveringar → residualer → optimerare.",
            "- [ ] skicka disposition till Anders före torsdag"]),
        ("13:30", "Läsning: initiering", [
            f"Läste om {GLOROT} (AISTATS 2010). Variansargumentet för tanh är fortfarande den tydligaste förklaringen; figuren med aktiveringshistogram per lager vill jag rita om med våra egna nät.",
            f"Sedan {DBN} — mest för historiken: lagervis förträning var svaret innan bra initiering fanns."]),
    ],
    "2024-03-05": [
        ("09:20", "Läsning: PReLU och He-initiering", [
            f"[[https://arxiv.org/abs/1502.01852][{T('1502.01852')}]]",
            "Härledningen av var(w) = 2/n_l är kort och bra, den ska in i kapitlet. Kolla att vi använder fan_in och inte fan_out i våra konfigurationsfiler!"]),
        ("15:45", "Residualer", [
            f"[[https://arxiv.org/pdf/1512.03385v1.pdf][{T('1512.03385')}]] — läst om avsnitt 3 och 4.",
            "Tanken till kapitlet: initieringen löser inte degraderingsproblemet, genvägarna gör det.",
            "Seminariet på KTH i morgon krockar med labbet, se inspelningen i efterhand."]),
    ],
    "2024-03-07": [
        ("10:05", "Handledarmöte", [
            "Anders vill ha mer om optimeringslandskapet och mindre historik.",
            f"Tips från honom: {T('2103.13462')} — teoretiskt, men ger ett språk för varför lokala metoder räcker.",
            "- [X] skicka disposition till Anders före torsdag"]),
        ("14:10", "Läsning: skarphet", [
            f"[[https://arxiv.org/abs/2010.01412][{T('2010.01412')}]]",
            "SAM kostar två framåt-bakåt-pass per steg. Testa rho = 0.05 på CIFAR-100-baslinjen (körning 41 på klustret).",
            f"Relaterat om robusthet: {T('2006.14536')} (arXiv:2006.14536) — släta aktiveringar gör adversariell träning bättre; passar kapitlets avsnitt om aktiveringar."]),
    ],
    "2024-03-08": [
        ("09:00", "Sidospår: generativa modeller", [
            f"Maja tipsade om [[https://arxiv.org/abs/2010.02014v2][{T('2010.02014')}]] inför läsgruppen. Inte för kapitlet, men bra att ha läst.",
            "Goodfellows bok kap. 8 täcker det mesta av optimeringsbakgrunden — citera boken i stället för föreläsningsanteckningarna."]),
    ],
}


def build():
    L = []
    for d in sorted(DAYS):
        day = dt.date.fromisoformat(d)
        L += [f"* {VECKODAG[day.weekday()]}, {d}", ":PROPERTIES:", f":CREATED:  {day.strftime('%Y%m%d')}", ":END:"]
        for t, head, body in sorted(DAYS[d]):
            L += [f"** {t} {head}"] + body
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
