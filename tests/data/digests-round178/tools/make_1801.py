#!/usr/bin/env python3
"""1801: a RIS export of a user's saved items («Vistað» / e-hilla) on Leitir.is, the Icelandic libraries' discovery
portal, Icelandic: CR LF, «TAG  - value» lines, records opening with TY and closing with «ER  - », a blank line
between; Icelandic values where the portal writes them (LA «Enska» / «Íslenska», N1 notes, CY Reykjavík, KW). The
Icelandic book, the Skemman thesis, their authors and publishers are invented; PyTorch Lightning's docs and ImageNet
appear as what they are. Computed: authors «Surname, Given» from the catalogue, SP < EP asserted."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, write_encoded
from make_expected import by_num, keys
F = by_num(1801)


def au(k):
    return [f"{' '.join(x.split()[-1:])}, {' '.join(x.split()[:-1])}" for x in CAT[k]["authors"]]


R = []


def rec(ty, ti, aus, py, rest):
    lines = [("TY", ty), ("TI", ti)] + [("AU", x) for x in aus] + [("PY", str(py))] + rest + [("DB", "Leitir.is")]
    sp = dict(rest).get("SP"); ep = dict(rest).get("EP")
    if sp: assert int(sp) < int(ep)
    R.append("".join(f"{k}  - {v}\r\n" for k, v in lines) + "ER  - \r\n")


rec("JOUR", T("2002.05709"), au("2002.05709"), 2020, [("JO", "Proceedings of the 37th International Conference on Machine Learning"), ("VL", "119"), ("SP", "1597"), ("EP", "1607"), ("LA", "Enska"), ("UR", "https://arxiv.org/abs/2002.05709"), ("N1", "Rafrænt efni. Opinn aðgangur."), ("KW", "Sjálfstýrt nám"), ("KW", "Myndgreining")])
rec("CPAPER", T("2104.14294"), au("2104.14294"), 2021, [("T2", "2021 IEEE/CVF International Conference on Computer Vision (ICCV)"), ("SP", "9630"), ("EP", "9640"), ("LA", "Enska"), ("UR", "https://arxiv.org/pdf/2104.14294"), ("N1", "Rafrænt efni. Aðgangur á háskólaneti.")])
rec("CPAPER", T("2011.10566"), au("2011.10566"), 2021, [("T2", "2021 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("SP", "15750"), ("EP", "15758"), ("LA", "Enska"), ("UR", "https://arxiv.org/abs/2011.10566v1"), ("KW", "Sjálfstýrt nám")])
rec("CPAPER", T("2103.13646"), au("2103.13646"), 2022, [("T2", "2022 IEEE/CVF Winter Conference on Applications of Computer Vision (WACV)"), ("LA", "Enska"), ("UR", f"https://openreview.net/forum?id={OR('2103.13646')}"), ("N1", "Einnig kynnt á vinnustofu. Slóð á OpenReview.")])
rec("JOUR", T("2106.07447"), au("2106.07447"), 2021, [("JO", "IEEE/ACM Transactions on Audio, Speech, and Language Processing"), ("VL", "29"), ("SP", "3451"), ("EP", "3460"), ("LA", "Enska"), ("N1", "Forprent: arXiv:2106.07447"), ("KW", "Talgreining")])
rec("CPAPER", T("2007.01434"), au("2007.01434"), 2021, [("T2", "International Conference on Learning Representations (ICLR)"), ("LA", "Enska"), ("N1", "Kóði: DomainBed á GitHub.")])
rec("CPAPER", T("2101.01761"), au("2101.01761"), 2021, [("T2", "Proceedings of the AAAI Conference on Artificial Intelligence"), ("VL", "35"), ("IS", "11"), ("SP", "9351"), ("EP", "9359"), ("LA", "Enska")])
rec("CPAPER", T("2010.08515"), au("2010.08515"), 2021, [("T2", "International Conference on Learning Representations (ICLR)"), ("LA", "Enska"), ("N1", "Fræðilegur samanburður; lesið með námskeiðinu TÖL503M.")])
rec("BOOK", "Vélrænt nám: inngangur", ["Sigurðsson, Gunnar Þór"], 2019, [("CY", "Reykjavík"), ("PB", "Háskólaútgáfan"), ("SN", "9789935231642"), ("LA", "Íslenska"), ("KW", "Vélrænt nám"), ("KW", "Gervigreind")])
rec("THES", "Sjálfstýrt nám á íslenskum talgögnum", ["Jónsdóttir, Helga"], 2023, [("PB", "Háskóli Reykjavíkur"), ("M3", "Meistararitgerð"), ("UR", "https://skemman.example.is/handle/1946/44120"), ("LA", "Íslenska")])
rec("ELEC", "PyTorch Lightning documentation", ["Lightning AI"], 2024, [("UR", "https://lightning.ai/docs/pytorch/stable/"), ("LA", "Enska"), ("N1", "Vefsíða, ekki grein.")])
text = "\r\n".join(R)
write_encoded(F, text, "utf-8", keys(F))
