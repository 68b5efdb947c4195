#!/usr/bin/env python3
"""1919: the end of the last chapter and the «Quellenverzeichnis» of an invented Swiss master's thesis in SN ISO 690
style (Swiss Standard German, «ss» for «ß»), copied from the PDF: «NACHNAME, Vorname», «In:», «Verfügbar unter:
URL [Zugriff am d. Monat yyyy]», alphabetical (asserted), every entry cited (asserted), page numbers. The thesis, the
dates and the pages are invented; Detectron2 and Goodfellow et al.'s book appear as what they are."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys, LECUN
F = by_num(1919)
Z = "[Zugriff am 12. Januar 2026]"
ENT = [
 ("Zhu et al. 2021", f"ZHU, Xizhou, et al. {T('2010.04159')}. In: International Conference on Learning Representations (ICLR). 2021. Verfügbar unter: https://arxiv.org/abs/2010.04159 {Z}."),
 ("Jiang et al. 2021", f"JIANG, Wei, et al. {T('2103.14167')}. In: Proceedings of the IEEE/CVF International Conference on Computer Vision. 2021, S. 6207-6217. Verfügbar unter: https://arxiv.org/pdf/2103.14167v2 {Z}."),
 ("Zhai et al. 2022", f"ZHAI, Xiaohua, et al. {T('2106.04560')}. In: Proceedings of CVPR. 2022, S. 12104-12113. Verfügbar unter: http://arxiv.org/abs/2106.04560v2 {Z}."),
 ("Tan und Le 2021", f"TAN, Mingxing; LE, Quoc V. {T('2104.00298')}. In: Proceedings of ICML. 2021. Verfügbar unter: https://arxiv.org/pdf/2104.00298.pdf {Z}."),
 ("Qiu et al. 2021", f"QIU, Yue, et al. {T('2103.14146')}. Preprint, 2021, arXiv:2103.14146."),
 ("LeCun et al. 1998", f"LECUN, Yann, et al. {LECUN}. Proceedings of the IEEE. 1998, Bd. 86, Nr. 11, S. 2278-2324."),
 ("Ramesh et al. 2022", f"RAMESH, Aditya, et al. {T('2204.06125')}. Technischer Bericht, OpenAI, 2022."),
 ("Wang et al. 2021", f"WANG, Zijie J.; TURKO, Robert; CHAU, Duen Horng. {T('2103.14625')}. In: Proceedings of ACL: System Demonstrations. 2021, S. 132-141."),
 ("Wu et al. 2019", "WU, Yuxin, et al. Detectron2 [Software]. 2019. Verfügbar unter: https://github.com/facebookresearch/detectron2 [Zugriff am 12. Januar 2026]."),
 ("Goodfellow et al. 2016", "GOODFELLOW, Ian; BENGIO, Yoshua; COURVILLE, Aaron. Deep Learning. Cambridge, MA: MIT Press, 2016. ISBN 978-0-262-03561-3."),
]
ENT.sort(key=lambda e: e[1].split(",")[0])
heads = [e[1].split(",")[0] for e in ENT]
assert heads == sorted(heads)
concl = ["6 Schlussfolgerungen", "",
 "Die Experimente zeigen, dass deformierbare Aufmerksamkeit (Zhu et al. 2021) die Konvergenz auf unseren",
 "Luftbildern deutlich beschleunigt. Für die Zuordnung zwischen zwei Aufnahmezeitpunkten hat sich der",
 "Ansatz von Jiang et al. 2021 bewährt; das Beschreiben der Veränderungen folgt Qiu et al. 2021. Bei der",
 "Wahl des Rückgrats bestätigen wir die Skalierungsgesetze von Zhai et al. 2022, auf dem Edge-Gerät bleibt",
 "jedoch EfficientNetV2 (Tan und Le 2021) die bessere Wahl. Seit LeCun et al. 1998 hat sich das Grundprinzip",
 "kaum verändert. Synthetische Trainingsbilder nach Ramesh et al. 2022 haben wir nur am Rand geprüft;",
 "die Aufmerksamkeitsmuster haben wir mit dem Werkzeug von Wang et al. 2021 untersucht. Die Implementierung",
 "baut auf Detectron2 (Wu et al. 2019) auf; für die Grundlagen verweisen wir auf Goodfellow et al. 2016.", "", "71"]
for c, _ in ENT: assert any(c in l for l in concl), c
text = "\n".join(concl + ["", "Quellenverzeichnis", ""] + [e for _, e in ENT[:5]] + ["", "72"] + [e for _, e in ENT[5:]] + ["", "73"]) + "\n"
write_only(F, text, keys(F))
