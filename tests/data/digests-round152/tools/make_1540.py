#!/usr/bin/env python3
"""1540: the last pages of a Greek diploma thesis (AUTh, School of Electrical and Computer Engineering) deposited on
IKEE, the university's repository, copied from the PDF: the end of the conclusions chapter with numbered citations,
then «Βιβλιογραφία» in IEEE style (citation order; initials from the catalogue's author lists, hyphenated given names
as `C.-Y.`, `et al.` after six authors; “Title,” quotes; `pp. a–b` with an en dash; `[Online]. Available:` URLs;
`arXiv preprint arXiv:…` and dblp's `CoRR, vol. abs/…`). The copy keeps the PDF's line breaks (the text column's
width, one hyphenated Greek word, titles running over lines), the running heads and the page numbers. Not papers:
Goodfellow et al.'s book, an earlier AUTh thesis on IKEE, the timm repository, the SDNET2018 data set, the Ultralytics
docs. Nicknames: ViT, Swin, ConvNeXt, DETR — labelled only where the full titles are written."""
import os, sys, textwrap
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, write_only
from make_expected import F1540, keys

WIDTH = 92


def ieee_init(name):
    parts = name.split()
    ini = []
    for p in parts[:-1]:
        ini.append("-".join(q[0] + "." for q in p.split("-")) if not p.endswith(".") else p)
    return " ".join(ini + [parts[-1]])


def ieee_authors(key):
    a = [ieee_init(n) for n in CAT[key]["authors"]]
    if len(a) > 6: return a[0] + " et al."
    if len(a) == 1: return a[0]
    if len(a) == 2: return f"{a[0]} and {a[1]}"
    return ", ".join(a[:-1]) + ", and " + a[-1]


REFS = [
    f"{ieee_authors('2010.11929')}, “{T('2010.11929')},” in Proc. Int. Conf. Learn. Represent. (ICLR), 2021. "
    "[Online]. Available: https://openreview.net/forum?id=YicbFdNTTy",
    f"{ieee_authors('2103.14030')}, “{T('2103.14030')},” in Proc. IEEE/CVF Int. Conf. Comput. Vis. (ICCV), 2021, "
    "pp. 10012–10022. [Online]. Available: https://arxiv.org/abs/2103.14030",
    f"{ieee_authors('2201.03545')}, “{T('2201.03545')},” in Proc. IEEE/CVF Conf. Comput. Vis. Pattern Recognit. "
    "(CVPR), 2022, pp. 11976–11986. [Online]. Available: https://arxiv.org/pdf/2201.03545.pdf",
    f"{ieee_authors('2106.04560')}, “{T('2106.04560')},” arXiv preprint arXiv:2106.04560, 2021.",
    f"{ieee_authors('2104.00298')}, “{T('2104.00298')},” in Proc. 38th Int. Conf. Mach. Learn. (ICML), ser. PMLR, "
    "vol. 139, 2021, pp. 10096–10106.",
    f"{ieee_authors('2012.07177')}, “{T('2012.07177')},” CoRR, vol. abs/2012.07177, 2020.",
    f"{ieee_authors('2010.04159')}, “{T('2010.04159')},” in Proc. Int. Conf. Learn. Represent. (ICLR), 2021.",
    f"{ieee_authors('2103.14586')}, “{T('2103.14586')},” in Proc. IEEE/CVF Int. Conf. Comput. Vis. (ICCV), 2021, "
    "pp. 10231–10241.",
    "I. Goodfellow, Y. Bengio, and A. Courville, Deep Learning. Cambridge, MA, USA: MIT Press, 2016.",
    "Κ. Παπαδόπουλος, «Ανίχνευση ρωγμών σε επιφάνειες σκυροδέματος με συνελικτικά νευρωνικά δίκτυα», Διπλωματική "
    "Εργασία, Τμήμα Ηλεκτρολόγων Μηχανικών και Μηχανικών Υπολογιστών, Α.Π.Θ., Θεσσαλονίκη, 2022. [Online]. "
    "Available: https://ikee.lib.auth.gr/record/341877",
    "R. Wightman, “PyTorch Image Models,” GitHub repository, 2019. [Online]. Available: "
    "https://github.com/huggingface/pytorch-image-models",
    "M. Maguire, S. Dorafshan, and R. J. Thomas, “SDNET2018: A concrete crack image dataset for machine learning "
    "applications,” Utah State University, 2018, dataset. [Online]. Available: https://digitalcommons.usu.edu/all_datasets/48",
    "Ultralytics, “YOLOv8 Docs,” 2024. [Online]. Available: https://docs.ultralytics.com (πρόσβαση: 12/06/2024)",
]

CONCL = (
    "Συνοψίζοντας, τα πειράματα έδειξαν ότι οι μετασχηματιστές όρασης (Vision Transformers) [1] ξεπερνούν τα "
    "συνελικτικά δίκτυα μόνο όταν υπάρχει αρκετή προεκπαίδευση, ενώ οι ιεραρχικές παραλλαγές τους [2] και ένα "
    "σύγχρονο συνελικτικό δίκτυο [3] δίνουν παρόμοια ακρίβεια στο σύνολο SDNET2018 [12] με λιγότερους πόρους. Η "
    "κλιμάκωση του μοντέλου [4] δεν βοήθησε πέρα από το μέγεθος Base, κάτι που συμφωνεί με τα ευρήματα για "
    "μικρότερα και ταχύτερα δίκτυα [5]. Η επαύξηση δεδομένων με αντιγραφή και επικόλληση ρωγμών [6] βελτίωσε την "
    "ανάκληση κατά 3,1 ποσοστιαίες μονάδες. Για τον εντοπισμό των ρωγμών ως αντικειμένων δοκιμάστηκε ο "
    "ανιχνευτής Deformable DETR [7] σε σύγκριση με το YOLOv8 [13], ενώ η ευρωστία στις διαταραχές της εικόνας "
    "μετρήθηκε όπως στο [8]. Η υλοποίηση βασίστηκε στη βιβλιοθήκη timm [11] και ακολούθησε τη ροή της "
    "προηγούμενης διπλωματικής του εργαστηρίου [10]· για το θεωρητικό υπόβαθρο βλ. [9]."
)
FUTURE = (
    "Ως μελλοντική εργασία προτείνεται η συλλογή ελληνικού συνόλου δεδομένων από γέφυρες της Κεντρικής Μακεδονίας "
    "και η αξιολόγηση των μοντέλων σε ενσωματωμένες συσκευές (Jetson Orin Nano), όπου ο χρόνος εκτέλεσης είναι "
    "κρίσιμος."
)


def wrap(s, first=""):
    return textwrap.wrap(first + s, WIDTH, break_long_words=False, break_on_hyphens=False)


# page 71: the end of chapter 6 (one Greek word hyphenated at a line end, as LaTeX sets it)
p71 = wrap(CONCL)
for i, l in enumerate(p71):
    if l.endswith(" ιεραρχικές"):
        p71[i] = l[:-len("χικές")] + "-"
        p71[i + 1] = "χικές " + p71[i + 1]
        break
p71 = ["ΚΕΦΑΛΑΙΟ 6. ΣΥΜΠΕΡΑΣΜΑΤΑ ΚΑΙ ΜΕΛΛΟΝΤΙΚΗ ΕΡΓΑΣΙΑ", *p71, "", "6.3 Μελλοντική εργασία", *wrap(FUTURE), "71"]

ref_lines = []
for n, r in enumerate(REFS, 1):
    w = wrap(r, f"[{n}] ")
    ref_lines.append(w)
# page 72: the chapter's first page (no running head); page 73 carries the running head
split = 7
p72 = ["Βιβλιογραφία", ""] + [l for w in ref_lines[:split] for l in w] + ["72"]
p73 = ["ΒΙΒΛΙΟΓΡΑΦΙΑ"] + [l for w in ref_lines[split:] for l in w] + ["73"]
text = "\n".join(p71 + p72 + p73) + "\n"
write_only(F1540, text, keys(F1540))
