#!/usr/bin/env python3
"""2168: a Sphinx `conf.py` (Sphinx 7: project information, extensions, extlinks, intersphinx_mapping, rst_prolog
with substitutions, html options, latex_documents) of an invented Italian NLP lab handbook whose reading page is fed
from `rst_prolog` substitutions and comments: arXiv links (`/abs/`, `/pdf/…v3`, an `extlinks` base plus a full
`http://` link), `arXiv:1802.05365` in a substitution's text, titles alone in comments and a substitution; non-papers
(the Sphinx docs, the Python docs, a book, a dataset, the repository, a talk). LF."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import fill, write_only
from make_expected import keys, by_num

F = by_num(2168)
TXT = fill(r'''# Configuration file for the Sphinx documentation builder.
#
# Manuale del laboratorio -- Gruppo di lettura NLP (Laboratorio Linguaggio, Torino)
# Manutenzione: Chiara Bellandi <chiara.bellandi@linguaggio-lab.example.it>
#
# For the full list of built-in configuration values, see the documentation:
# https://www.sphinx-doc.org/en/master/usage/configuration.html

import os
import sys

sys.path.insert(0, os.path.abspath(".."))

# -- Project information -----------------------------------------------------
# https://www.sphinx-doc.org/en/master/usage/configuration.html#project-information

project = "Manuale del laboratorio"
copyright = "2024, Laboratorio Linguaggio"
author = "Chiara Bellandi, Matteo Ferraresi"
release = "2024.05"

# -- General configuration ---------------------------------------------------

extensions = [
    "sphinx.ext.extlinks",
    "sphinx.ext.intersphinx",
    "sphinx.ext.todo",
    "myst_parser",
]

templates_path = ["_templates"]
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "bozze/*"]
language = "it"
todo_include_todos = True

# Scorciatoie per i link: :arxiv:`1908.10084` diventa https://arxiv.org/abs/1908.10084
extlinks = {
    "arxiv": ("https://arxiv.org/abs/%s", "arXiv:%s"),
    "gh": ("https://github.com/%s", "%s"),
}

intersphinx_mapping = {
    "python": ("https://docs.python.org/3", None),
    "sphinx": ("https://www.sphinx-doc.org/en/master", None),
}

# -- Sostituzioni usate in letture.rst ---------------------------------------
# Le letture della settimana sono definite qui, cosi' ogni pagina puo' usarle.
# Maggio 2024 (Matteo): tokenizzazione e rappresentazioni.
rst_prolog = """
.. |lettura1| replace:: Sennrich et al., `Neural Machine Translation of Rare Words with Subword Units <https://arxiv.org/abs/1508.07909>`__
.. |lettura2| replace:: Reimers & Gurevych, `[[T:1908.10084]] <https://arxiv.org/pdf/1908.10084v1>`__
.. |lettura3| replace:: Lewis et al., `[[T:1910.13461]] <http://arxiv.org/abs/1910.13461>`__
.. |lettura4| replace:: Peters et al., [[T:1802.05365]] (arXiv:1802.05365), NAACL 2018
.. |riserva| replace:: [[T:2012.08561]]
.. |libro| replace:: Jurafsky & Martin, *Speech and Language Processing*, 3a ed. (bozza)
.. |dataset| replace:: EVALITA 2023 (dataset, non articolo)
"""

# Da aggiungere a giugno, se resta tempo:
#   - [[T:2104.08691]]
#   - [[T:2201.11903]]
# e, per la lezione introduttiva, il vecchio
#   [[T:1301.3781]]
# (niente link: li stampiamo dalla biblioteca).

# -- Options for HTML output -------------------------------------------------

html_theme = "furo"
html_static_path = ["_static"]
html_title = "Manuale del laboratorio"
html_theme_options = {
    "source_repository": "https://github.com/linguaggio-lab/manuale/",
    "source_branch": "main",
    "source_directory": "docs/",
}
html_context = {
    "seminario_video": "https://video.linguaggio-lab.example.it/seminari/2024-05",
}

# -- Options for LaTeX output ------------------------------------------------

latex_documents = [
    ("index", "manuale.tex", "Manuale del laboratorio", author, "manual"),
]
''', {})

if __name__ == "__main__":
    write_only(F, TXT, keys(F))
