#!/usr/bin/env python3
"""1986 (negative): a BibTeX export of a saved basket («Merkliste») from swissbib (the Swiss library meta-catalogue; its
BibTeX form as remembered), with entries a student added by hand: Swiss German and French notes. No paper: only books,
software manuals, a data set, lecture videos, a talk and blog posts. Computed: the keys from author and year
(asserted unique). The builder refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1986)
E = [
 ("book", "Bishop", "2006", [("author", "Bishop, Christopher M."), ("title", "Pattern recognition and machine learning"),
   ("publisher", "Springer"), ("address", "New York"), ("isbn", "978-0-387-31073-2"), ("note", "Standort: ETH-Bibliothek, Magazin")]),
 ("book", "Murphy", "2022", [("author", "Murphy, Kevin P."), ("title", "Probabilistic machine learning: an introduction"),
   ("publisher", "MIT Press"), ("address", "Cambridge, MA"), ("series", "Adaptive computation and machine learning"),
   ("note", "Auch als E-Book verfügbar")]),
 ("book", "Géron", "2023", [("author", "Géron, Aurélien"), ("title", "Apprentissage machine avec Scikit-Learn, Keras et TensorFlow"),
   ("edition", "3"), ("publisher", "Dunod"), ("address", "Malakoff"), ("note", "Traduction française; disponible à la BCU Lausanne")]),
 ("manual", "PyTorchFoundation", "2025", [("author", "{PyTorch Foundation}"), ("title", "PyTorch documentation, release 2.6"),
   ("url", "https://pytorch.org/docs/stable/"), ("note", "Software-Dokumentation, von Hand ergänzt")]),
 ("misc", "SwissNLPDatensatz", "2024", [("author", "{Schweizerisches Idiotikon}"), ("title", "Schweizerdeutsches Wörterbuch, Online-Ausgabe"),
   ("howpublished", "\\url{https://www.idiotikon.ch/}"), ("note", "Wörterbuch als Datenquelle für Dialektwörter")]),
 ("misc", "ETHVorlesung", "2024", [("author", "{ETH Zürich}"), ("title", "Deep Learning, Vorlesungsaufzeichnungen HS 2024"),
   ("howpublished", "Video-Portal der ETH"), ("note", "Vorlesungsvideos, keine Publikation")]),
 ("misc", "Keller", "2025", [("author", "Keller, Anna"), ("title", "Sprachmodelle für Schweizerdeutsch – ein Erfahrungsbericht"),
   ("howpublished", "Vortrag, Swiss Machine Learning Day, EPFL"), ("note", "Folien auf Anfrage")]),
 ("online", "Olah", "2015", [("author", "Olah, Christopher"), ("title", "Understanding LSTM Networks"),
   ("url", "https://colah.github.io/posts/2015-08-Understanding-LSTMs/"), ("urldate", "2026-02-20"), ("note", "Blogbeitrag")]),
 ("online", "Karpathy", "2019", [("author", "Karpathy, Andrej"), ("title", "A Recipe for Training Neural Networks"),
   ("url", "https://karpathy.github.io/2019/04/25/recipe/"), ("urldate", "2026-02-20"), ("note", "Blogbeitrag, sehr praktisch")]),
]
keys_ = [f"{a}{y}" for _, a, y, _ in E]
assert len(set(keys_)) == len(keys_)
out = ["% Export aus swissbib (Merkliste), 21.02.2026", "% Einträge ab PyTorchFoundation2025 von Hand ergänzt", ""]
for (typ, a, y, fields), k in zip(E, keys_):
    out.append(f"@{typ}{{{k},")
    fl = fields[:2] + [("year", y)] + fields[2:]
    out += [f"  {n} = {{{v}}}," for n, v in fl[:-1]] + [f"  {fl[-1][0]} = {{{fl[-1][1]}}}", "}", ""]
write(F, "\n".join(out), negative=True)
