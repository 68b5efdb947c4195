#!/usr/bin/env python3
"""1966 (negative): an awesome-list README of an invented student project on gitlab.fit.cvut.cz (the GitLab of the
Faculty of Information Technology, Czech Technical University in Prague; the URL form is assumed): Czech. No paper: only
software, data sets, books, talks and blog posts. Computed: the «Obsah» by GitLab's anchor slug rule (asserted unique;
diacritics kept, as assumed). The builder refuses any catalogue title and anything arXiv-shaped."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(1966)


def slug(h):
    s = h.strip().lower()
    return "".join(c for c in s if c.isalnum() or c in " -_").replace(" ", "-")


SEC = [("Knihovny", ["[PyTorch](https://pytorch.org/) – hlavní framework předmětu.",
                     "[JAX](https://github.com/google/jax) – pro ty, kdo chtějí funkcionální styl.",
                     "[spaCy](https://spacy.io/) – zpracování textu, má i český model od komunity.",
                     "[Weights & Biases](https://wandb.ai/) – sledování experimentů (zdarma pro studenty)."]),
       ("Datové sady", ["[Czech National Corpus](https://www.korpus.cz/) – Český národní korpus (ČNK).",
                        "[OpenStreetMap extrakty](https://download.geofabrik.de/europe/czech-republic.html) – geodata.",
                        "[Common Voice (cs)](https://commonvoice.mozilla.org/cs) – řečová data."]),
       ("Knihy", ["Bishop C. M.: *Pattern Recognition and Machine Learning*. Springer.",
                  "Prince S. J. D.: *Understanding Deep Learning*. MIT Press (zdarma online)."]),
       ("Přednášky a blogy", ["[Záznamy přednášek NI-MVI](https://www.youtube.com/@example-fit-mvi) – video.",
                              "[Blog Andreje Karpathyho](https://karpathy.github.io/) – eseje, ne články.",
                              "[Přednáška z konference Machine Learning Prague](https://www.mlprague.com/) – talk."]),
       ("Jak přispět", ["Založte merge request (např. !12) se štítkem ~nový-odkaz; review dělá @j.dvorak nebo @t.kralova."])]
H = [s for s, _ in SEC]
assert len({slug(h) for h in H}) == len(H)
out = ["# Awesome strojové učení (FIT ČVUT) [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "Seznam nástrojů, dat a materiálů pro studenty, kteří začínají se strojovým učením.",
       "Projekt: https://gitlab.fit.cvut.cz/dvoraj42/awesome-strojove-uceni", "", "Aktualizováno: 2. března 2026.", "",
       "## Obsah", ""] + [f"- [{h}](#{slug(h)})" for h in H] + [""]
for h, items in SEC:
    out += [f"## {h}", ""] + [f"- {i}" for i in items] + [""]
out += ["## Licence", "", "[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)", ""]
write(F, "\n".join(out), negative=True)
