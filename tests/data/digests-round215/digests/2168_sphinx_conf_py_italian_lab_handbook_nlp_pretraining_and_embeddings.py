# Configuration file for the Sphinx documentation builder.
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
.. |lettura2| replace:: Reimers & Gurevych, `Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks <https://arxiv.org/pdf/1908.10084v1>`__
.. |lettura3| replace:: Lewis et al., `BART: Denoising Sequence-to-Sequence Pre-training for Natural Language Generation, Translation, and Comprehension <http://arxiv.org/abs/1910.13461>`__
.. |lettura4| replace:: Peters et al., Deep contextualized word representations (arXiv:1802.05365), NAACL 2018
.. |riserva| replace:: Pre-Training Transformers as Energy-Based Cloze Models
.. |libro| replace:: Jurafsky & Martin, *Speech and Language Processing*, 3a ed. (bozza)
.. |dataset| replace:: EVALITA 2023 (dataset, non articolo)
"""

# Da aggiungere a giugno, se resta tempo:
#   - The Power of Scale for Parameter-Efficient Prompt Tuning
#   - Chain-of-Thought Prompting Elicits Reasoning in Large Language Models
# e, per la lezione introduttiva, il vecchio
#   Efficient Estimation of Word Representations in Vector Space
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
