#!/usr/bin/env python3
"""1260: the reference list of a Portuguese (European) master's thesis in the NP 405 style (NP 405-1 for printed and
NP 405-4 for electronic documents), selected in a PDF viewer and pasted into a text file: one line per PDF line (no
blank lines between entries), the page's number and the next page's running head pasted in the middle, `–` between
author and title, ` ; ` between authors, `[et al.]` after the first author when there are more than three, `[Em
linha]`, `[Consult. d mmm. aaaa]` and `Disponível em WWW:<URL:…>` for online documents, `[S.l.]` for no place. Papers:
arXiv abs / pdf URLs, an OpenReview forum URL, an `arXiv:` id, titles alone; a book, a Portuguese dissertation and a
software library are not papers."""
import os, sys, textwrap, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, authors, write_only
from make_expected import F1260, keys

HEAD = "Representações visuais robustas com aprendizagem auto-supervisionada"
W = 94


def name(n):
    p = n.split()
    return f"{p[-1].upper()}, {' '.join(p[:-1])}"


def who(key):
    a = authors(key)
    return name(a[0]) + " [et al.]" if len(a) > 3 else " ; ".join(name(x) for x in a)


ICCV = "In IEEE/CVF INTERNATIONAL CONFERENCE ON COMPUTER VISION, Montreal, 2021 – Proceedings. [S.l.] : IEEE, 2021."
E = [
 f"{who('2103.14586')} – {T('2103.14586')}. {ICCV} p. 10231-10241.",
 f"{who('2104.14294')} – {T('2104.14294')} [Em linha]. [S.l.] : arXiv, 2021. [Consult. 9 jan. 2024]. "
 "Disponível em WWW:<URL:https://arxiv.org/abs/2104.14294>.",
 f"{who('2002.05709')} – {T('2002.05709')} [Em linha]. In INTERNATIONAL CONFERENCE ON MACHINE LEARNING, 37, 2020 – "
 "Proceedings. [S.l.] : PMLR, 2020. [Consult. 14 nov. 2023]. Disponível em WWW:<URL:https://arxiv.org/abs/2002.05709>.",
 f"{who('2011.10566')} – {T('2011.10566')}. In IEEE/CVF CONFERENCE ON COMPUTER VISION AND PATTERN RECOGNITION, "
 "Nashville, 2021 – Proceedings. [S.l.] : IEEE, 2021. p. 15750-15758. Também disponível como arXiv:2011.10566.",
 "FERREIRA, Marta Isabel – Aprendizagem auto-supervisionada para classificação de imagens de satélite. Lisboa : "
 "Instituto Superior Técnico, 2022. Dissertação de mestrado em Engenharia Informática e de Computadores.",
 f"{who('2007.01434')} – {T('2007.01434')}. In INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, 9, 2021 – "
 "Proceedings. [S.l. : s.n.], 2021.",
 "MURPHY, Kevin P. – Probabilistic machine learning : an introduction. Cambridge, MA : The MIT Press, 2022. "
 "ISBN 978-0-262-04682-4.",
 f"{who('2304.07193')} – {T('2304.07193')} [Em linha]. Transactions on Machine Learning Research. ISSN 2835-8856. "
 "(2024). [Consult. 2 fev. 2024]. Disponível em WWW:<URL:https://arxiv.org/pdf/2304.07193.pdf>.",
 f"{who('2103.14146')} – {T('2103.14146')}. {ICCV} p. 1971-1980.",
 "TORCHVISION – torchvision : PyTorch's computer vision library [Em linha]. Versão 0.16. [S.l.] : PyTorch Foundation, "
 "2023. [Consult. 3 out. 2023]. Disponível em WWW:<URL:https://github.com/pytorch/vision>.",
 f"{who('2103.13646')} – {T('2103.13646')} [Em linha]. [S.l.] : OpenReview, 2020. [Consult. 20 fev. 2024]. "
 f"Disponível em WWW:<URL:https://openreview.net/forum?id={OR('2103.13646')}>.",
]
lines = ["Referências bibliográficas"]
for i, e in enumerate(E):
    if i == 6:
        lines += ["87", HEAD]
    lines += textwrap.wrap(e, W, break_on_hyphens=False, break_long_words=False)
lines.append("88")
txt = "\n".join(lines) + "\n"
write_only(F1260, txt, keys(F1260), forms=[" ".join(txt.split())])
