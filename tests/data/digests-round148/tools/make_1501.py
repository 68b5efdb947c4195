#!/usr/bin/env python3
"""1501: the BibTeX file exported from Parsifal (parsif.al, the web tool for systematic literature reviews) by a Greek
master's student: the studies of the review's selection step, each with its Parsifal status and the reviewer's Greek
comment carried in `note`, the student's Greek keywords, and the fields the import had (url, doi, eprint, pages).
Header comments name the review and count the studies. Keys are `surnameYEARfirstword` as Parsifal's import kept them.
Not papers: the lightly library (software), an invented Greek diploma thesis, the MedMNIST data set page. Nicknames:
DINO, SimSiam, MAE, MoCo, CPC, Swin — labelled where the full titles are written."""
import os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, OR, CAT, write_only
from make_expected import F1501, keys


def bib_auth(k, n=None):
    a = CAT[k]["authors"]
    out = []
    for x in (a[:n] if n else a):
        w = x.split()
        i = next((j for j, p in enumerate(w) if p in ("van", "de", "von")), len(w) - 1)
        out.append(f"{' '.join(w[i:])}, {' '.join(w[:i])}")
    return " and ".join(out) + (" and others" if n and len(a) > n else "")


def key(k, word, year=None):
    s = unicodedata.normalize("NFKD", CAT[k]["authors"][0].split()[-1]).encode("ascii", "ignore").decode().lower()
    return f"{s}{{Y}}{word}"


ST = {"A": "Αποδεκτή", "R": "Απορρίφθηκε", "D": "Διπλότυπη"}
E = []


def entry(typ, k, fields):
    k = k.replace("{Y}", dict(fields)["year"])
    body = ",\n".join(f"    {f} = {{{v}}}" for f, v in fields)
    E.append(f"@{typ}{{{k},\n{body}\n}}")


entry("inproceedings", key("2104.14294", "emerging"), [("title", T("2104.14294")), ("author", bib_auth("2104.14294")),
      ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"), ("pages", "9650--9660"), ("year", "2021"),
      ("url", "https://arxiv.org/abs/2104.14294"), ("keywords", "αυτοεπιβλεπόμενη μάθηση; vision transformer; απόσταξη γνώσης"),
      ("note", f"{ST['A']}. ΚΕ1, ΚΕ2. Βασική μέθοδος (DINO), τη χρησιμοποιούν 4 από τις ιατρικές μελέτες.")])
entry("inproceedings", key("2011.10566", "exploring"), [("title", T("2011.10566")), ("author", bib_auth("2011.10566")),
      ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("pages", "15750--15758"), ("year", "2021"),
      ("url", "https://arxiv.org/abs/2011.10566"), ("keywords", "αυτοεπιβλεπόμενη μάθηση; σιαμαία δίκτυα"),
      ("note", f"{ST['A']}. ΚΕ1. SimSiam: χωρίς αρνητικά ζεύγη, χρήσιμο για μικρά σύνολα δεδομένων.")])
entry("inproceedings", key("2111.06377", "masked"), [("title", T("2111.06377")), ("author", bib_auth("2111.06377")),
      ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("pages", "16000--16009"), ("year", "2022"),
      ("eprint", "2111.06377"), ("archivePrefix", "arXiv"), ("primaryClass", "cs.CV"),
      ("keywords", "μασκαρισμένη ανακατασκευή; vision transformer"),
      ("note", f"{ST['A']}. ΚΕ1, ΚΕ3. MAE, να συγκριθεί με τα αποτελέσματα σε ακτινογραφίες θώρακος.")])
entry("inproceedings", key("1911.05722", "momentum"), [("title", T("1911.05722")), ("author", bib_auth("1911.05722")),
      ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"), ("pages", "9729--9738"), ("year", "2020"),
      ("doi", "10.1109/CVPR42600.2020.00975"), ("keywords", "αντιθετική μάθηση; ουρά αρνητικών δειγμάτων"),
      ("note", f"{ST['A']}. ΚΕ1. MoCo, η έκδοση v2 είναι τεχνική αναφορά και δεν μπαίνει.")])
entry("article", key("1807.03748", "representation"), [("title", T("1807.03748")), ("author", bib_auth("1807.03748")),
      ("journal", "arXiv preprint"), ("year", "2018"), ("keywords", "αντιθετική πρόβλεψη; InfoNCE"),
      ("note", f"{ST['A']}. ΚΕ2. CPC, θεωρητικό υπόβαθρο για το InfoNCE.")])
entry("inproceedings", key("2006.05576", "selfsupervised"), [("title", T("2006.05576")), ("author", bib_auth("2006.05576")),
      ("booktitle", "International Conference on Learning Representations (ICLR)"), ("year", "2021"),
      ("url", f"https://openreview.net/forum?id={OR('2006.05576')}"), ("keywords", "θεωρία πληροφορίας; πολλαπλές όψεις"),
      ("note", f"{ST['A']}. ΚΕ2. Θεωρητική μελέτη, μόνο για την ενότητα 2.3 της διπλωματικής.")])
entry("inproceedings", key("2103.14030", "swin"), [("title", T("2103.14030")), ("author", bib_auth("2103.14030")),
      ("booktitle", "Proceedings of the IEEE/CVF International Conference on Computer Vision (ICCV)"), ("pages", "10012--10022"), ("year", "2021"),
      ("url", "https://arxiv.org/abs/2103.14030"), ("keywords", "ραχοκοκαλιά; vision transformer"),
      ("note", f"{ST['R']}. ΚΑ2: επιβλεπόμενη αρχιτεκτονική, όχι μέθοδος προεκπαίδευσης. Κρατιέται μόνο ως αναφορά για το Swin.")])
entry("inproceedings", key("2104.00298", "efficientnetv2", "2021"), [("title", T("2104.00298")), ("author", bib_auth("2104.00298")),
      ("booktitle", "Proceedings of the 38th International Conference on Machine Learning (ICML)"), ("series", "Proceedings of Machine Learning Research"),
      ("volume", "139"), ("pages", "10096--10106"), ("year", "2021"), ("keywords", "συνελικτικά δίκτυα; αποδοτικότητα"),
      ("note", f"{ST['R']}. ΚΑ2: δεν είναι αυτοεπιβλεπόμενη. Baseline στα πειράματα.")])
entry("mastersthesis", "papadopoulou2022autoepivlepomeni", [("title", "Αυτοεπιβλεπόμενη προεκπαίδευση για ταξινόμηση ιστοπαθολογικών εικόνων"),
      ("author", "Παπαδοπούλου, Ελένη"), ("school", "Εθνικό Μετσόβιο Πολυτεχνείο"), ("type", "Διπλωματική εργασία"), ("year", "2022"),
      ("url", "https://dspace.lib.ntua.gr/xmlui/handle/123456789/55821"), ("keywords", "γκρίζα βιβλιογραφία"),
      ("note", f"{ST['R']}. ΚΑ4: γκρίζα βιβλιογραφία, εκτός ανασκόπησης.")])
entry("misc", "lightly2024", [("title", "Lightly: a Python library for self-supervised learning on images"), ("author", "{Lightly AI}"),
      ("howpublished", "\\url{https://github.com/lightly-ai/lightly}"), ("year", "2024"), ("note", f"{ST['R']}. ΚΑ3: λογισμικό, όχι μελέτη.")])
entry("misc", "medmnist2024site", [("title", "MedMNIST: ιστοσελίδα συνόλου δεδομένων"), ("author", "{MedMNIST team}"),
      ("howpublished", "\\url{https://medmnist.com/}"), ("year", "2024"), ("note", f"{ST['D']}. Ίδια εγγραφή με το σύνολο δεδομένων στον φάκελο Δεδομένα.")])

head = f"""% Parsifal - Perform Systematic Literature Reviews
% Review: Αυτοεπιβλεπόμενη μάθηση αναπαραστάσεων για ιατρικές εικόνες: συστηματική ανασκόπηση
% Author: Κωνσταντίνα Ζαχαρίου (k.zachariou)
% Exported on 2024-04-18 14:22
% Studies: {len(E)}
"""
text = head + "\n" + "\n\n".join(E) + "\n"
write_only(F1501, text, keys(F1501))
