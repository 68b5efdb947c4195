#!/usr/bin/env python3
"""500: the "Bibliographie" of a French master's mémoire in ISO 690 author-date style (Zotero's French ISO-690
output: NOM, Prénom, année. Titre. In : ... En ligne. ... Disponible à l'adresse : ... [Consulté le ...]),
copied from the PDF with running heads, page numbers, form feeds and lines wrapped at 100 columns (titles wrap
across lines). French. NLP pre-training, 8 papers among books, software, a thesis and web pages."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, write_only
from make_expected import F500, keys, GPT1

ATTN, DEB, ELMO, ELEC, BAH, ELECTRIC, REALM = "2004.10102", "2006.03654", "1802.05365", "2003.10555", "1409.0473", "2012.08561", "2002.08909"

def names(k, n=3):
    a = CAT[k]["authors"]
    def one(x):
        p = x.split(); return p[-1].upper() + ", " + " ".join(p[:-1])
    if len(a) > n:
        return ", ".join(one(x) for x in a[:n]) + " et al."
    return ", ".join(one(x) for x in a[:-1]) + (" et " if len(a) > 1 else "") + one(a[-1])

HEAD = "Mémoire de Master 2 « Traitement automatique des langues » — Université de Valmarina, 2024"
refs = [
 f"AGIRRE, Maite, 2021. Représentations contextuelles et transfert entre langues peu dotées. Thèse de doctorat. Valmarina : Université de Valmarina.",
 f"{names(BAH)}, 2014. {T(BAH)}. Prépublication arXiv:{BAH}. Publié ensuite dans les actes d'ICLR 2015.",
 f"BIRD, Steven, KLEIN, Ewan et LOPER, Edward, 2009. Natural Language Processing with Python. Sebastopol : O'Reilly Media. ISBN 978-0-596-51649-9.",
 f"{names(ELEC)}, 2020. {T(ELEC)}. In : International Conference on Learning Representations (ICLR 2020). En ligne. 2020. Disponible à l'adresse : https://arxiv.org/abs/{ELEC} [Consulté le 4 mars 2024].",
 f"{names(ELECTRIC)}, 2020. {T(ELECTRIC)}. In : Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP). En ligne. Association for Computational Linguistics. pp. 285-294. DOI 10.18653/v1/2020.emnlp-main.20.",
 f"HUGGING FACE, 2024. Transformers : State-of-the-art Machine Learning for PyTorch, TensorFlow, and JAX. Logiciel. Version 4.38. Disponible à l'adresse : https://github.com/huggingface/transformers [Consulté le 11 mars 2024].",
 f"{names(DEB)}, 2021. {T(DEB)}. In : International Conference on Learning Representations (ICLR 2021). En ligne. Disponible à l'adresse : https://arxiv.org/pdf/{DEB}v6.pdf [Consulté le 28 février 2024].",
 f"{names(ATTN)}, 2020. {T(ATTN)}. In : Proceedings of the 2020 Conference on Empirical Methods in Natural Language Processing (EMNLP). En ligne. Association for Computational Linguistics. pp. 7057-7075. DOI 10.18653/v1/2020.emnlp-main.574.",
 f"{names(REALM)}, 2020. {T(REALM)}. In : Proceedings of the 37th International Conference on Machine Learning (ICML). En ligne. PMLR. Disponible à l'adresse : https://arxiv.org/abs/{REALM} [Consulté le 2 mars 2024].",
 f"JURAFSKY, Daniel et MARTIN, James H., 2023. Speech and Language Processing. 3e éd. (brouillon). En ligne. Disponible à l'adresse : https://web.stanford.edu/~jurafsky/slp3/ [Consulté le 15 janvier 2024].",
 f"{names(ELMO)}, 2018. {T(ELMO)}. In : Proceedings of the 2018 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies, Volume 1 (Long Papers). New Orleans : Association for Computational Linguistics. pp. 2227-2237. DOI 10.18653/v1/N18-1202.",
 f"RADFORD, Alec, NARASIMHAN, Karthik, SALIMANS, Tim et SUTSKEVER, Ilya, 2018. {GPT1}. Rapport technique. En ligne. OpenAI. Disponible à l'adresse : https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf [Consulté le 9 janvier 2024].",
 f"MOREAU-DIALLO, Clémence (dir.), 2022. Séminaire « Modèles de langue et langues régionales ». Vidéo de la séance du 14 octobre. En ligne. Disponible à l'adresse : https://media.valmarina.example.edu/seminaires/tal-2022-10-14 [Consulté le 20 janvier 2024].",
 f"HUGGING FACE, 2022. Hugging Face NLP Course, chapitre 7 : « Main NLP tasks ». Tutoriel. En ligne. Disponible à l'adresse : https://huggingface.co/learn/nlp-course/chapter7 [Consulté le 3 février 2024].",
]
import textwrap
body = []
for r in sorted(refs, key=lambda x: x.upper()):
    body.append("\n".join(textwrap.wrap(r, 100, break_long_words=False, break_on_hyphens=False)))
pages = [body[:5], body[5:10], body[10:]]
out = []
for i, pg in enumerate(pages):
    out.append(HEAD + "\n")
    if i == 0:
        out.append("BIBLIOGRAPHIE\n\nLes références sont classées par ordre alphabétique du premier auteur (norme ISO 690, auteur-date).\nLes adresses électroniques ont été vérifiées en mars 2024.\n")
    out.append("\n\n".join(pg) + "\n")
    out.append(f"\n{87 + i}\n\f")
text = "\n".join(out).rstrip("\f") + """
ANNEXE A — LISTE DES ABRÉVIATIONS

TAL    traitement automatique des langues
MLM    modélisation du langage masqué (masked language modeling)
RTD    détection de jetons remplacés (replaced token detection)
"""
write_only(F500, text, keys(F500))
