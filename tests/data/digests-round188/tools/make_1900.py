#!/usr/bin/env python3
"""1900: the «Bibliografia» of an Italian master's thesis (tesi di laurea magistrale) in the style of UNI ISO 690 (ISO
690 as adopted by UNI), copied from the PDF, with the last paragraph of the conclusions citing author–year, and page
footers. Entries «COGNOME, Nome, et al. Titolo. In: … Anno. Disponibile su: URL [consultato il d mese aaaa].» in
alphabetical order. The thesis, university and dates are invented; timm, the ImageNet site and the book of Goodfellow et
al. appear as what they are. Computed: the order (asserted), every entry cited (asserted)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, write_only
from make_expected import by_num, keys
F = by_num(1900)
C = "[consultato il 14 gennaio 2026]"
ENT = [  # (cite, entry)
 ("Dosovitskiy et al. 2021", f"DOSOVITSKIY, Alexey, et al. {T('2010.11929')}. In: International Conference on Learning Representations (ICLR). 2021. Disponibile su: https://openreview.net/forum?id={OR('2010.11929')} {C}."),
 ("Geirhos et al. 2020", f"GEIRHOS, Robert, et al. {T('2004.07780')}. Nature Machine Intelligence, 2020, vol. 2, n. 11, pp. 665-673."),
 ("Ghiasi et al. 2021", f"GHIASI, Golnaz, et al. {T('2012.07177')}. In: Proceedings of CVPR. 2021. Disponibile su: https://arxiv.org/pdf/2012.07177v2 {C}."),
 ("Goodfellow et al. 2016", "GOODFELLOW, Ian; BENGIO, Yoshua; COURVILLE, Aaron. Deep Learning. Cambridge (MA): MIT Press, 2016. ISBN 9780262035613."),
 ("Li et al. 2021", f"LI, Zhiyuan; ZHANG, Yi; ARORA, Sanjeev. {T('2010.08515')}. In: International Conference on Learning Representations (ICLR). 2021."),
 ("Liu et al. 2021", f"LIU, Ze, et al. {T('2103.14030')}. In: Proceedings of ICCV. 2021. Disponibile su: http://arxiv.org/abs/2103.14030 {C}."),
 ("Liu et al. 2022", f"LIU, Zhuang, et al. {T('2201.03545')}. In: Proceedings of CVPR. 2022, pp. 11976-11986."),
 ("Bhojanapalli et al. 2021", f"BHOJANAPALLI, Srinadh, et al. {T('2103.14586')}. Preprint, 2021, arXiv:2103.14586."),
 ("Wightman 2019", f"WIGHTMAN, Ross. PyTorch Image Models [software]. GitHub, 2019. Disponibile su: https://github.com/huggingface/pytorch-image-models {C}."),
 ("Zhai et al. 2022", f"ZHAI, Xiaohua, et al. {T('2106.04560')}. In: Proceedings of CVPR. 2022. Disponibile su: https://arxiv.org/abs/2106.04560 {C}."),
]
ENT.sort(key=lambda e: e[1].split(",")[0])
names = [e[1].split(",")[0] for e in ENT]
assert names == sorted(names)
concl = ["6 Conclusioni", "",
         "In sintesi, i risultati confermano che i modelli basati su attenzione (Dosovitskiy et al. 2021; Liu et al. 2021)",
         "raggiungono le reti convoluzionali moderne (Liu et al. 2022) solo con molti dati (Zhai et al. 2022), e che la",
         "loro robustezza (Bhojanapalli et al. 2021) va letta alla luce delle scorciatoie apprese (Geirhos et al. 2020) e",
         "del vantaggio teorico delle convoluzioni (Li et al. 2021). L'aumento dei dati con copia-incolla (Ghiasi et al.",
         "2021) resta la tecnica più efficace nel nostro caso. Tutti i modelli sono stati addestrati con la libreria",
         "timm (Wightman 2019); per le nozioni di base si rimanda a Goodfellow et al. 2016.", "", "", "87", ""]
j = " ".join(concl)
for c, _ in ENT: assert c in j or c.replace(" 2021)", "") in j, c
bib = ["Bibliografia", ""]
for k, (_, e) in enumerate(ENT):
    bib += [e, ""]
    if k == 5: bib += ["", "88", ""]
bib += ["", "89"]
text = "\n".join(concl + bib) + "\n"
write_only(F, text, keys(F))
