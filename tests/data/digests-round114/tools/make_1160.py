#!/usr/bin/env python3
"""1160: the reference list of an (invented) PLOS ONE article copied from the journal's web page into a Notepad file
by a Greek student: CRLF (Windows), UTF-8 without BOM, a Greek header, the "References" block as the browser copies
it (number on its own line, the PLOS/NLM reference, then the link labels "View Article" — only when the reference has
a link — and "Google Scholar" on their own lines; the hrefs are lost, "Available from:" URLs stay), cut to the part the
student needed (refs 18–29), and Greek notes under it. Non-papers: timm (software), PlantVillage (dataset), a book."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only, CAT
from make_expected import F1160, keys


def nlm(k, n=6):
    a = CAT[k]["authors"]
    def one(x):
        giv = x.split()[:-1]
        return x.split()[-1] + " " + "".join("-".join(h[0] for h in q.split("-")) for q in giv if q[0].isalpha())
    s = ", ".join(one(x) for x in a[:n])
    return s + (", et al." if len(a) > n else ".")


refs = [
    (f"{nlm('2104.00298')} {T('2104.00298')}. In: Proceedings of the 38th International Conference on Machine Learning. vol. 139 of PMLR; 2021. p. 10096–10106. Available from: https://arxiv.org/abs/2104.00298", True),
    (f"{nlm('2004.08955')} {T('2004.08955')}. In: 2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW); 2022. p. 2736–2746.", False),
    (f"{nlm('2108.04392')} {T('2108.04392')}. In: International Conference on Learning Representations; 2021.", False),
    ("Wightman R. PyTorch Image Models [software]. GitHub; 2019. Available from: https://github.com/rwightman/pytorch-image-models", True),
    (f"{nlm('2006.06882')} {T('2006.06882')}. arXiv:2006.06882 [Preprint]. 2020.", False),
    ("Goodfellow I, Bengio Y, Courville A. Deep Learning. Cambridge (MA): MIT Press; 2016.", False),
    (f"{nlm('2010.01412')} {T('2010.01412')}. In: International Conference on Learning Representations; 2021. Available from: https://arxiv.org/pdf/2010.01412.pdf", True),
    (f"{nlm('2006.14536')} {T('2006.14536')}. arXiv [Preprint]. 2020.", False),
    (f"{nlm('2007.01434')} {T('2007.01434')}. In: International Conference on Learning Representations; 2021.", False),
    (f"{nlm('2304.02643')} {T('2304.02643')}. In: 2023 IEEE/CVF International Conference on Computer Vision (ICCV); 2023. p. 3992–4003. Available from: https://arxiv.org/abs/2304.02643", True),
    ("PlantVillage Dataset [dataset]. Penn State University; 2016 [cited 2024 Jan 15]. Available from: https://plantvillage.psu.edu/", True),
    ("Ministry of Rural Development and Food. Annual report on olive crop diseases, 2022. Athens; 2023.", False),
]
FIRST = 18
out = ["Βιβλιογραφία από το άρθρο στο PLOS ONE (Παπαδοπούλου Κ. κ.ά., 2024, «Robust olive leaf disease recognition",
       "under domain shift») — αντιγραφή από τη σελίδα του περιοδικού, μόνο το κομμάτι με τα deep learning (18–29).",
       "Για το κεφάλαιο 2 της διπλωματικής. Τα links «View Article» δεν αντιγράφονται, βάζω όσα βρω με το χέρι από κάτω.",
       "", "References", ""]
for i, (r, link) in enumerate(refs):
    out += [f"{FIRST + i}.", r]
    if link: out.append("View Article")
    out += ["Google Scholar", ""]
out += ["----",
        "Σημειώσεις:",
        "- 19 (ResNeSt) και 20 (NAS): δεν έχουν link στη σελίδα, θα τα βρω στη βιβλιοθήκη / arXiv.",
        "- 22 το λένε «Rethinking Pre-training» — είναι arXiv:2006.06882, έχει και έκδοση NeurIPS 2020.",
        "- 24 (SAM) ≠ 27 (Segment Anything / SAM)!!! ίδιο ακρωνύμιο, άλλο πράγμα. Ο επιβλέπων θέλει και τα δύο.",
        "- 26 = DomainBed. Να κοιτάξω τον κώδικα στο GitHub (facebookresearch/DomainBed) πριν τη συνάντηση της Πέμπτης.",
        "- 21 είναι λογισμικό (timm), 28 dataset, 23 βιβλίο — δεν μπαίνουν στον πίνακα με τα papers.",
        ""]
write_only(F1160, "\r\n".join(out), keys(F1160))
