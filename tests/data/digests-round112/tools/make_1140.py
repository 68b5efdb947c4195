#!/usr/bin/env python3
"""1140: the last two pages of a French TALN 2024 long paper as `pdftotext` (no -layout) writes them: running
head, the end of the discussion, conclusion, acknowledgements, then « Références » in the TALN style (surnames in
small capitals come out upper-case, initials after the surname, `&` before the last author, `(YYYY).` after the
authors, titles as the .bib gives them), lines broken where the PDF broke them (computed: 94 columns), pages ended by
a form feed, each page's number alone on its last line. French. Two references carry an arXiv URL, two an
`arXiv:` id in text, four a venue only; a book and a software repository are cited too."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import F1140, CTC, keys

W = 94
HEAD = ("Actes de la 31e Conférence sur le Traitement Automatique des Langues Naturelles, volume 1 : articles longs "
        "et prises de position, pages 212–225.")


def para(s, body=False):
    """body text: babel-french's no-break space before `:` and `;` (pdftotext keeps it as U+00A0)"""
    if body: s = s.replace(" :", "\u00a0:").replace(" ;", "\u00a0;")
    return textwrap.wrap(s, width=W, break_long_words=False, break_on_hyphens=False)


REFS = [
    f"ASAI A., WU Z., WANG Y., SIL A. & HAJISHIRZI H. (2024). {T('2310.11511')}. In The Twelfth International "
    f"Conference on Learning Representations. URL : https://arxiv.org/abs/2310.11511.",
    f"DE CAO N., IZACARD G., RIEDEL S. & PETRONI F. (2021). {T('2010.00904')}. arXiv preprint arXiv:2010.00904.",
    f"GRAVES A., FERNÁNDEZ S., GOMEZ F. & SCHMIDHUBER J. (2006). {CTC}. In Proceedings of the 23rd International "
    f"Conference on Machine Learning, p. 369–376, Pittsburgh, Pennsylvania.",
    f"GUU K., LEE K., TUNG Z., PASUPAT P. & CHANG M.-W. (2020). {T('2002.08909')}. In Proceedings of the 37th "
    f"International Conference on Machine Learning. URL : https://arxiv.org/abs/2002.08909.",
    "HUGGING FACE (2023). Text Generation Inference. Logiciel, version 1.4. URL : "
    "https://github.com/huggingface/text-generation-inference.",
    "JURAFSKY D. & MARTIN J. H. (2024). Speech and Language Processing. 3e édition (brouillon en ligne), "
    "Stanford University. URL : https://web.stanford.edu/~jurafsky/slp3/.",
    f"SENNRICH R., HADDOW B. & BIRCH A. (2016). {T('1508.07909')}. In Proceedings of the 54th Annual Meeting of "
    f"the Association for Computational Linguistics (Volume 1 : Long Papers), p. 1715–1725, Berlin, Germany : "
    f"Association for Computational Linguistics.",
    f"SRIVASTAVA A., RASTOGI A., RAO A., SHOEB A. A. M., ABID A., FISCH A. et al. (2023). {T('2206.04615')}. "
    f"Transactions on Machine Learning Research. arXiv:2206.04615.",
    f"SUTSKEVER I., VINYALS O. & LE Q. V. (2014). {T('1409.3215')}. In Advances in Neural Information Processing "
    f"Systems 27, p. 3104–3112.",
    f"VASWANI A., SHAZEER N., PARMAR N., USZKOREIT J., JONES L., GOMEZ A. N., KAISER L. & POLOSUKHIN I. (2017). "
    f"{T('1706.03762')}. In Advances in Neural Information Processing Systems 30, p. 5998–6008.",
]

p1 = [HEAD, ""]
p1 += para("Les résultats du tableau 4 confirment ce que laissaient supposer les expériences préliminaires : "
           "l’ajout d’un module de recherche dense, entraîné conjointement comme dans REALM (Guu et al., 2020), "
           "améliore nettement l’exactitude sur les questions portant sur des entités rares, mais la génération "
           "contrainte par un préfixe d’entité (De Cao et al., 2021) reste compétitive lorsque la base documentaire "
           "est petite. Nous n’observons en revanche aucun gain du mécanisme d’auto-critique de Self-RAG (Asai et al., "
           "2024) sur les questions en français, ce que nous attribuons à la faible proportion de données françaises "
           "dans les jetons de réflexion.", True)
p1 += ["", "6   Conclusion", ""]
p1 += para("Nous avons présenté FRAG-Q, un jeu d’évaluation de 4 812 questions factuelles en français, et comparé "
           "trois familles de systèmes de génération augmentée par la recherche. Le modèle génératif reste un "
           "encodeur-décodeur classique (Sutskever et al., 2014 ; Vaswani et al., 2017) avec un vocabulaire de "
           "sous-mots appris par BPE (Sennrich et al., 2016). Une piste que nous n’avons pas explorée est "
           "l’alignement monotone de type CTC (Graves et al., 2006) pour la copie de passages longs. Enfin, les tâches "
           "de BIG-bench (Srivastava et al., 2023) traduites en français fourniraient un contrôle utile de la "
           "capacité générale des modèles.", True)
p1 += ["", "Remerciements", ""]
p1 += para("Ce travail a bénéficié d’un accès aux moyens de calcul du mésocentre régional (allocation 2023-A0151). "
           "Nous remercions les relecteurs anonymes pour leurs remarques détaillées ainsi que Camille Roussel et "
           "Hugo Lefèvre pour l’annotation des questions.", True)
p1 += ["", "Références", ""]
refs = [para(r) for r in REFS]
p1_refs, p2_refs = refs[:5], refs[5:]
for r in p1_refs:
    p1 += r + [""]
page1 = "\n".join(p1) + "\n223\n"
p2 = [HEAD, ""]
for r in p2_refs:
    p2 += r + [""]
page2 = "\n".join(p2) + "\n224\n"
text = page1 + "\f" + page2 + "\f"
write_only(F1140, text, keys(F1140))
