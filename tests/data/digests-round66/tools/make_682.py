#!/usr/bin/env python3
"""682: a sheet saved by Excel as "DIF (Data Interchange Format)": Windows-1252 bytes, CRLF; header TABLE 0,1 "EXCEL",
VECTORS 0,<columns> "", TUPLES 0,<rows> "", DATA 0,0 ""; each row -1,0 BOT, string cells 1,0 + "text" (quotes
doubled), numeric cells 0,<value> + V, empty cells 1,0 + ""; -1,0 EOD at the end. A Swedish group's reading tracker
on optimisation, architecture search, RL and science."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_encoded
from make_expected import F682, keys, ALPHAFOLD, DBN, GLOROT

K = keys(F682)


def au(k, n=2):
    a = authors(k)
    return ", ".join(a[:n]) + (" m.fl." if len(a) > n else "")


HEAD = ["Nr", "Typ", "Titel", "Författare", "År", "Länk / id", "Presentatör", "Datum", "Status", "Timmar", "Kommentar"]
R = [
    [1, "artikel", T(GLOROT), au(GLOROT), 2010, "AISTATS 2010 (PMLR vol. 9)", "Elin", "2024-02-08", "klar", 2,
     "Klassiker om initiering; kopplar till Xavier-init i PyTorch (torch.nn.init.xavier_uniform_)."],
    [2, "artikel", T(DBN), au(DBN, 3), 2006, "Neural Computation 18(7)", "Johan", "2024-02-15", "klar", 3,
     "Historisk bakgrund till förträning lager för lager."],
    [3, "artikel", T("2010.01412"), au("2010.01412"), 2020, "https://arxiv.org/abs/2010.01412", "Amira", "2024-02-22", "klar", 2.5,
     "Vi testade SAM på CIFAR-100: +1,1 pp men ungefär dubbel träningstid."],
    [4, "artikel", T("2103.13462"), au("2103.13462", 1), 2021, "föreläsningsanteckningar, ingen preprintlänk", "Oskar", "2024-02-29", "klar", 4,
     "Teoretisk; läs avsnitt 2–4. Bra bakgrund till diskussionen om icke-konvexa landskap."],
    [5, "artikel", T("2108.04392"), au("2108.04392"), 2021, "https://arxiv.org/pdf/2108.04392", "Elin", "2024-03-07", "klar", 3,
     "Perturbationsbaserat val av operationer i stället för arkitekturvikterna \"alpha\"."],
    [6, "artikel", T("2006.03656"), au("2006.03656"), 2020, "https://arxiv.org/abs/2006.03656", "Johan", "2024-03-14", "klar", 2,
     "Gemensam sökning av hyperparametrar och arkitektur."],
    [7, "programvara", "NNI (Neural Network Intelligence)", "Microsoft", 2024, "https://github.com/microsoft/nni", "Johan", "2024-03-14", "klar", 1,
     "Verktyg, ingen artikel. Vi använde NNI:s NAS-benchmarkdelar för replikeringen."],
    [8, "artikel", T("2006.05990"), au("2006.05990"), 2020, "arXiv:2006.05990", "Amira", "2024-03-21", "klar", 3,
     "Stor empirisk studie av PPO-val: normalisering av observationer och värdefunktion spelar störst roll."],
    [9, "programvara", "Stable-Baselines3", "DLR-RM", 2024, "https://github.com/DLR-RM/stable-baselines3", "Amira", "2024-03-21", "klar", 0.5,
     "Bibliotek för PPO-experimenten (inte en artikel)."],
    [10, "miljö", "Gymnasium (MuJoCo-miljöer)", "Farama Foundation", 2024, "https://gymnasium.farama.org/", "Amira", "2024-03-21", "klar", 0.5,
     "HalfCheetah-v4 och Hopper-v4."],
    [11, "artikel", T(ALPHAFOLD), au(ALPHAFOLD), 2021, "Nature 596, s. 583–589", "Oskar", "2024-04-04", "klar", 4,
     "AI för vetenskap; gästpresentation av Sara från biokemi (KTH-samarbetet)."],
    [12, "databas", "AlphaFold Protein Structure Database", "EMBL-EBI / DeepMind", 2024, "https://alphafold.ebi.ac.uk/", "Oskar", "2024-04-04", "klar", 0.5,
     "Databas, inte artikel. Vi laddade ner proteomet för E. coli som demo."],
    [13, "kurs", "Kurs: DD2434 Maskininlärning, avancerad kurs", "KTH", 2024, "", "", "", "referens", "",
     "Kursmaterialet om variationsinferens; ej artikel."],
    [14, "bok", "Numerical Optimization (2nd ed.)", "Nocedal, Wright", 2006, "Springer", "Elin", "", "referens", "",
     "Bok — kapitel 3 (linjesökning) som bakgrund till SAM-diskussionen."],
    [15, "blogg", "\"An overview of gradient descent optimization algorithms\" (blogginlägg)", "Sebastian Ruder", 2016,
     "https://www.ruder.io/optimizing-gradient-descent/", "", "", "referens", "", "Blogginlägget, inte preprinten."],
    [16, "", "", "", "", "", "", "", "", "", ""],
    [17, "summa", "", "", "", "", "", "", "", 29.5, "Totalt antal lästimmar vt 2024 (formel =SUMMA(J2:J16) i originalet)."],
]


def s(v):
    return '1,0\r\n"' + str(v).replace('"', '""') + '"'


def cell(v):
    if v == "": return '1,0\r\n""'
    if isinstance(v, (int, float)):
        return "0," + (str(v) if isinstance(v, int) or v != int(v) else str(int(v))) + "\r\nV"
    return s(v)


rows = [HEAD] + R
out = ["TABLE", "0,1", '"EXCEL"', "VECTORS", f"0,{len(HEAD)}", '""', "TUPLES", f"0,{len(rows)}", '""', "DATA", "0,0", '""']
for r in rows:
    out += ["-1,0", "BOT"] + [cell(v) for v in r]
out += ["-1,0", "EOD", ""]
text = "\r\n".join(out)
write_encoded(F682, text, "cp1252", K)
