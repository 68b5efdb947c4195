#!/usr/bin/env python3
"""1999: the last text page and the «REFERÊNCIAS BIBLIOGRÁFICAS» of an invented master's dissertation of the
Universidade de Cabo Verde (Uni-CV), in the NP 405 style as remembered, copied from the PDF: Portuguese with a Kriolu
epigraph. Computed: the alphabetical order of the entries (asserted), the page numbers, «[Consult. d mmm. aaaa]» dates."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys, LENET
F = by_num(1999)
REFS = [
 f"CARION, Nicolas [et al.] – End-to-end object detection with transformers. In EUROPEAN CONFERENCE ON COMPUTER VISION, Glasgow, 2020 – Proceedings. Cham: Springer, 2020. p. 213-229.",
 f"DOSOVITSKIY, Alexey [et al.] – {T('2010.11929')}. In INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, 2021. [Consult. 14 jan. 2026]. Disponível em WWW: <https://openreview.net/forum?id={OR('2010.11929')}>.",
 f"JIANG, Wei [et al.] – {T('2103.14167')}. arXiv:2103.14167 [cs.CV], 2021.",
 f"LECUN, Yann [et al.] – {LENET}. Proceedings of the IEEE. ISSN 0018-9219. Vol. 86, n.º 11 (1998), p. 2278-2324.",
 f"LI, Zhiyuan; ZHANG, Yi; ARORA, Sanjeev – {T('2010.08515')} In INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, 2021.",
 f"LIU, Zhuang [et al.] – {T('2201.03545')}. In IEEE/CVF CONFERENCE ON COMPUTER VISION AND PATTERN RECOGNITION, 2022. [Consult. 10 jan. 2026]. Disponível em WWW: <https://arxiv.org/abs/2201.03545>.",
 f"QIU, Yue [et al.] – {T('2103.14146')}. In IEEE/CVF INTERNATIONAL CONFERENCE ON COMPUTER VISION, 2021. p. 1971-1980.",
 "SZELISKI, Richard – Computer vision: algorithms and applications. 2.ª ed. Cham: Springer, 2022. ISBN 978-3-030-34371-2.",
 f"TAN, Mingxing; LE, Quoc V. – {T('2104.00298')}. In INTERNATIONAL CONFERENCE ON MACHINE LEARNING, 2021. [Consult. 10 jan. 2026]. Disponível em WWW: <http://arxiv.org/abs/2104.00298v3>.",
 f"ZHU, Xizhou [et al.] – {T('2010.04159')}. [Em linha]. 2020. [Consult. 12 jan. 2026]. Disponível em WWW: <https://arxiv.org/pdf/2010.04159.pdf>.",
]
assert [r.split(",")[0] for r in REFS] == sorted(r.split(",")[0] for r in REFS)
txt = ["4.4 Síntese do capítulo", "",
       "Os resultados mostram que as redes convolucionais modernas continuam competitivas com os transformers",
       "visuais nas imagens de satélite da ilha de Santiago, sobretudo quando o conjunto de treino é pequeno, como",
       "previsto pela análise de Li, Zhang e Arora. O código (biblioteca timm) e os dados do INGT não são publicações",
       "e não entram nas referências.", "", "87", "",
       "REFERÊNCIAS BIBLIOGRÁFICAS", ""]
for r in REFS:
    txt += [r, ""]
txt += ["«Kenha ki ka ta buska, ka ta atxa.» – ditado kabuverdianu", "", "88"]
write_only(F, "\n".join(txt), keys(F))
