#!/usr/bin/env python3
"""2044: the README of an invented awesome list of a student club in Monaco («Awesome IA générative – Monaco»): French
with Monégasque. The club, its handles, the data set and the talk are invented. Computed: the GitHub-style slugs of the
«Sommaire» (asserted unique)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, AF2
F = by_num(2044)


def slug(h):
    s = "".join(c for c in h.strip().lower() if c.isalnum() or c in " -_")
    return s.replace(" ", "-")


SEC = [
 ("Les fondamentaux", [
   f"- **{T('1406.2661')}** (Goodfellow et al., NeurIPS 2014) – là où tout a commencé.",
   f"- {T('1907.05600')} – Song & Ermon, NeurIPS 2019 (arXiv:1907.05600).",
   f"- *{T('2106.05931')}* (Vahdat, Kreis, Kautz, NeurIPS 2021)."]),
 ("Images à partir de texte", [
   f"- [{T('2204.06125')}](https://arxiv.org/abs/2204.06125) – DALL·E 2.",
   f"- {T('2403.03206')} · [PDF](https://arxiv.org/pdf/2403.03206v1.pdf)"]),
 ("Sciences et simulation", [
   f"- [{T('2010.08895')}](http://arxiv.org/abs/2010.08895) – opérateurs neuronaux.",
   f"- {T('2010.03409')}  ",
   "  <https://arxiv.org/abs/2010.03409>",
   f"- **{T(AF2)}** (Jumper et al., Nature 2021)."]),
 ("Outils", [
   "- [Diffusers](https://github.com/huggingface/diffusers) – bibliothèque de modèles de diffusion.",
   "- [ComfyUI](https://github.com/comfyanonymous/ComfyUI) – interface en nœuds.",
   "- [DeepXDE](https://deepxde.readthedocs.io/) – documentation, équations aux dérivées partielles."]),
 ("Données et exposés", [
   "- Jeu de données « Port Hercule » : 4 000 photos du port annotées par le club – https://data.example.mc/port-hercule",
   "- Exposé « Les modèles de diffusion rêvent-ils du Rocher ? » (vidéo du club, janvier 2026).",
   "- Livre : *Generative Deep Learning*, David Foster, O'Reilly, 2e éd. 2023."]),
 ("Licence", ["[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)"]),
]
slugs = [slug(h) for h, _ in SEC]
assert len(set(slugs)) == len(slugs)
out = ["# Awesome IA générative – Monaco [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "> Bona giurnada! Una lista de travài per u nostru club. (Liste de lectures du club IA des étudiants de Monaco.)", "",
       "Mainteneurs : @elodie-rinaldi, @marco.pastor · mise à jour : 15 février 2026", "", "## Sommaire", ""]
out += [f"- [{h}](#{s})" for (h, _), s in zip(SEC, slugs)] + [""]
for h, items in SEC:
    out += [f"## {h}", ""] + items + [""]
write_only(F, "\n".join(out), keys(F))
