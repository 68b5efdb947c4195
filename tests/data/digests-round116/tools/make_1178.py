#!/usr/bin/env python3
"""1178: the reference list of a Brazilian master's dissertation (Portuguese), as `pdftotext` (no -layout) gives it:
the end of the conclusions chapter, then REFERÊNCIAS typeset by IEEEtran.bst — `[n]` labels in citation order,
initials first, titles in “…,” quotes, `arXiv preprint arXiv:…` for preprints, `[Online]. Available:` for URLs —
lines broken where the PDF broke them (titles run over lines), a running head and the page number at each page's
foot, and a form feed after every page. Hyphenation is off in the template's bibliography, so no word is cut."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, CAT, initials, write_only
from make_expected import F1178, keys


def names(k, n=6):
    a = [initials(x) for x in CAT[k]["authors"]]
    if len(a) > n: return a[0] + " et al."
    return a[0] if len(a) == 1 else (", ".join(a[:-1]) + (", and " if len(a) > 2 else " and ") + a[-1])


refs = [  # in citation order
 f"{names('1512.03385')}, “{T('1512.03385')},” in Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR), 2016, pp. 770–778.",
 f"{names('1502.01852')}, “{T('1502.01852')},” in Proc. IEEE Int. Conf. Comput. Vis. (ICCV), 2015, pp. 1026–1034.",
 f"{names('1905.11946')}, “{T('1905.11946')},” in Proc. 36th Int. Conf. Mach. Learn. (ICML), 2019, pp. 6105–6114.",
 f"{names('1912.11370')}, “{T('1912.11370')},” arXiv preprint arXiv:1912.11370, 2019.",
 "I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning. Cambridge, MA, USA: MIT Press, 2016.",
 f"{names('2006.07733')}, “{T('2006.07733')},” in Adv. Neural Inf. Process. Syst. (NeurIPS), vol. 33, 2020. [Online]. Available: https://arxiv.org/abs/2006.07733",
 f"{names('2103.03230')}, “{T('2103.03230')},” in Proc. 38th Int. Conf. Mach. Learn. (ICML), 2021. [Online]. Available: https://arxiv.org/pdf/2103.03230.pdf",
 f"{names('2010.04592')}, “{T('2010.04592')},” arXiv preprint arXiv:2010.04592, 2020.",
 "R. Wightman, “PyTorch image models,” GitHub repository, 2019. [Online]. Available: https://github.com/huggingface/pytorch-image-models",
 f"{names('2106.08254')}, “{T('2106.08254')},” arXiv preprint arXiv:2106.08254, 2021.",
 "PyTorch Contributors, “torchvision.models — Torchvision documentation,” 2023. [Online]. Available: https://pytorch.org/vision/stable/models.html",
 "Laboratório de Visão Computacional, “Cluster Jaguatirica: guia do usuário,” Relatório interno, 2022.",
]
W = 78
body = []
for i, r in enumerate(refs, 1):
    lab = f"[{i}]"
    lines = textwrap.wrap(r, W - 5, break_long_words=False, break_on_hyphens=False)
    body.append(lab + " " * (5 - len(lab)) + lines[0])
    body += ["     " + l for l in lines[1:]]
    body.append("")

concl = ("Como trabalho futuro, pretende-se avaliar as representações aprendidas por métodos autossupervisionados "
         "não contrastivos, como o BYOL [6] e o Barlow Twins [7], também em imagens de satélite da Amazônia, "
         "comparando-as com backbones supervisionados clássicos (ResNet [1], com a inicialização de [2], EfficientNet [3] e BiT [4]; ver [5] para os fundamentos). Outra "
         "direção é o pré-treinamento por modelagem de imagem mascarada, na linha do BEiT [10], que dispensa "
         "pares positivos e negativos; a seleção de negativos difíceis [8] continua relevante para o caso "
         "contrastivo. Todo o código foi escrito sobre a biblioteca timm [9] e os modelos do torchvision [11], "
         "e os experimentos rodaram no cluster do laboratório [12].")
page1 = ["Capítulo 6. Conclusões", ""] + textwrap.wrap(concl, W) + ["", "", "", "91"]
per = [15, 100]
pages = [page1]
cur = ["REFERÊNCIAS", ""]
n = 0
for l in body:
    cur.append(l); n += 1
    if n >= 24 and l == "":
        pages.append(cur); cur = ["Referências", ""]; n = 0
pages.append(cur)
out = []
for pno, pg in enumerate(pages):
    if pno > 0:
        while pg and pg[-1] == "": pg.pop()
        pg = pg + ["", "", str(91 + pno)]
    out.append("\n".join(pg) + "\n\f")
text = "".join(out)
write_only(F1178, text, keys(F1178))
