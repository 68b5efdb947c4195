#!/usr/bin/env python3
"""1980: an awesome-list README of an invented student project on gitlab.aau.dk (the GitLab of Aalborg University as
assumed): Danish. Computed: the «Indhold» by GitLab's anchor slug rule (asserted unique; «æ ø å» kept, as assumed)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, GLOVE, GPT1
F = by_num(1980)


def slug(h):
    s = h.strip().lower()
    return "".join(c for c in s if c.isalnum() or c in " -_").replace(" ", "-")


SEC = [("Ordvektorer og de tidlige modeller", [
          f"**{T(GLOVE)}** – Pennington, Socher & Manning (EMNLP 2014). Klassikeren; læs den før alt andet.",
          f"*{T(GPT1)}* – Radford m.fl., OpenAI 2018 (teknisk rapport, ikke på arXiv).",
          "[Word2vec-tutorial på danske tekster](https://example-nlp-blog.dk/word2vec-dansk) – blogindlæg, ikke en artikel."]),
       ("Prætræning af encodere", [
          f"[{T('2003.10555')}](https://arxiv.org/abs/2003.10555) – discriminator i stedet for generator.",
          f"{T('1907.11692')} ([PDF](https://arxiv.org/pdf/1907.11692v1)) – samme BERT, bedre opskrift.",
          "[DaNLP](https://github.com/alexandrainst/danlp) – værktøjskasse til dansk NLP (software)."]),
       ("Store sprogmodeller", [
          f"{T('2005.14165')} – <https://arxiv.org/abs/2005.14165>",
          f"{T('2302.13971')} (arXiv 2302.13971) – åbne vægte, god baseline til dansk finjustering.",
          f"{T('2205.01068')} – logbogen fra træningen er værd at skimme.",
          f"{T('1904.09751')} – om nucleus sampling; vigtig når I genererer dansk tekst."]),
       ("Data og bøger", [
          "[Danish Gigaword](https://gigaword.dk/) – korpus (datasæt).",
          "Jurafsky & Martin: *Speech and Language Processing*, 3. udg. (udkast, online) – bog.",
          "[The Illustrated GPT-2](https://jalammar.github.io/illustrated-gpt2/) – blogindlæg."]),
       ("Bidrag", ["Opret en merge request (fx !7) med label ~ny-kilde; @mfrederiksen eller @sl.holm reviewer."])]
H = [s for s, _ in SEC]
assert len({slug(h) for h in H}) == len(H)
out = ["# Awesome dansk sprogmodellering [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
       "Læseliste og værktøjer til projektgruppen i sprogmodeller på 7. semester.",
       "Projekt: https://gitlab.aau.dk/cs-ds701/awesome-dansk-sprogmodellering", "", "Sidst opdateret: 9. februar 2026.", "",
       "## Indhold", ""] + [f"- [{h}](#{slug(h)})" for h in H] + [""]
for h, items in SEC:
    out += [f"## {h}", ""] + [f"- {i}" for i in items] + [""]
out += ["## Licens", "", "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)", ""]
write_only(F, "\n".join(out), keys(F))
