#!/usr/bin/env python3
"""2006 (negative): an invented awesome-list README of Kirundi language-technology resources (Burundi): Kirundi, French
and English. Only software, data sets, books, talks and blog posts; the builder refuses any catalogue title and anything
arXiv-shaped (catalogue.write(…, negative=True)). Computed: the table of contents from the headings (GitHub-style slugs)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import write
from make_expected import by_num
F = by_num(2006)
SEC = [
 ("Ibikoresho (Outils / Tools)", [
  "- [IkiTok](https://github.com/example-bi/kirundi-tokenizer) – segmenteur morphologique, logiciel MIT.",
  "- [fastText](https://fasttext.cc/) – vecteurs pré-entraînés, dont une version « rn ».",
  "- [Hugging Face Transformers](https://huggingface.co/docs/transformers) – documentation de la bibliothèque."]),
 ("Amakuru (Données / Datasets)", [
  "- [KINNEWS and KIRNEWS](https://github.com/example-bi/kirnews-data) – jeu de données de nouvelles en kirundi.",
  "- [Common Voice – Kirundi](https://commonvoice.mozilla.org/rn) – enregistrements vocaux.",
  "- [Bibiliya Yera (texte parallèle)](https://example-bible.bi/rn) – corpus parallèle, licence à vérifier."]),
 ("Ibitabo (Livres / Books)", [
  "- *Speech and Language Processing* (Jurafsky & Martin), 3e éd. en ligne.",
  "- *Ikirundi: Inyigisho z'indimi* – grammaire scolaire, Bujumbura, 2014."]),
 ("Ibiganiro n'amakuru y'urubuga (Talks and blog posts)", [
  "- Conférence « Le kirundi dans les modèles de langue » – Deep Learning Indaba 2024 (vidéo).",
  "- Billet de blog : « Pourquoi les langues bantoues cassent les tokenizers » (example-nlp-blog.bi).",
  "- Masakhane community call on East African languages (recording)."]),
 ("Gutanga umusanzu (Contribuer)", ["Ouvrez une *pull request* ; un lien par ligne, avec une courte description."]),
]
def slug(h): return re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
s = [slug(h) for h, _ in SEC]
assert len(set(s)) == len(s)
L = ["# Awesome Kirundi NLP [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
     "> Urutonde rw'ibikoresho vyo gutunganya ururimi rw'Ikirundi. Liste d'outils et de données pour le kirundi (Burundi).", "",
     "Entretenu par @ndayizeye-c et @irakoze.a — mis à jour le 3 février 2026.", "", "## Ibirimwo (Sommaire)", ""]
L += [f"- [{h}](#{sl})" for (h, _), sl in zip(SEC, s)] + [""]
for h, items in SEC:
    L += [f"## {h}", ""] + items + [""]
L += ["## Licence", "", "[CC0 1.0](https://creativecommons.org/publicdomain/zero/1.0/)"]
write(F, "\n".join(L) + "\n", negative=True)
