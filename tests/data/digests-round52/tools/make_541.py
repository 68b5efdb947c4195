#!/usr/bin/env python3
"""541: the .bib of a Greek astrophysics PhD student who applies self-supervised vision models to galaxy images: the
top part is pasted from NASA ADS's BibTeX export (bibcode keys, right-aligned field names, {Surname}, Given authors,
"{Title}" in quotes, keywords, bare year, month macros, eid / pages / doi 10.48550/arXiv., archivePrefix / eprint /
primaryClass, adsurl, adsnote; maxauthor 10 then "et al."), the rest typed by hand (lower-case keys, two-space
fields); Greek % comments. Papers: ADS arXiv e-prints (eprint: arxiv-text), a hand-written url to an arXiv abs page
(link), an OpenReview forum url (link), hand-written conference entries with a PMLR url or only a booktitle
(title-only). Not papers: an ADS @BOOK (Ivezić et al.'s textbook), a @misc dataset of the lab, a @misc software entry,
a @phdthesis of the lab."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import CAT, T, OR, write_only
from make_expected import F541, keys

ACC = {"é": "{\\'e}", "è": "{\\`e}", "ö": "{\\\"o}", "ü": "{\\\"u}", "á": "{\\'a}", "ć": "{\\'c}"}


def tex(s):
    return "".join(ACC.get(c, c) for c in s)


def ads_author(n):
    p = n.split()
    if n.startswith("Aaron van den"): return "{van den Oord}, Aaron"
    return "{" + tex(p[-1]) + "}, " + tex(" ".join(p[:-1]))


def ads(aid, month, kw, prim, initial):
    e = CAT[aid]
    a = e["authors"]
    auth = " and ".join(ads_author(x) for x in a[:10]) + (" and et al." if len(a) > 10 else "")
    bib = f"{aid[:2] and e['published'][:4]}arXiv{aid.replace('.', '')}{initial}"
    f = [("author", "{" + auth + "}"), ("title", '"{' + e["title"] + '}"'), ("journal", "{arXiv e-prints}"),
         ("keywords", "{" + kw + "}"), ("year", e["published"][:4]), ("month", month), ("eid", f"{{arXiv:{aid}}}"),
         ("pages", f"{{arXiv:{aid}}}"), ("doi", f"{{10.48550/arXiv.{aid}}}"), ("archivePrefix", "{arXiv}"),
         ("eprint", "{" + aid + "}"), ("primaryClass", "{" + prim + "}"),
         ("adsurl", f"{{https://ui.adsabs.harvard.edu/abs/{bib}}}"),
         ("adsnote", "{Provided by the SAO/NASA Astrophysics Data System}")]
    return f"@ARTICLE{{{bib},\n" + ",\n".join(f"{k:>13} = {v}" for k, v in f) + "\n}\n"


def hand(kind, key, fields):
    return f"@{kind}{{{key},\n" + ",\n".join(f"  {k} = {{{v}}}" for k, v in fields) + "\n}\n"


def authors(k):
    return " and ".join(CAT[k]["authors"])


parts = [
 "% ===================================================================\n"
 "% refs.bib — διδακτορική διατριβή, κεφ. 3: αυτοεπιβλεπόμενη μάθηση για\n"
 "% μορφολογία γαλαξιών. Τα πρώτα λήμματα είναι αυτούσια από το ADS\n"
 "% (Export → BibTeX). ΜΗΝ αλλάζετε τα κλειδιά, τα χρησιμοποιεί το κεφ. 2.\n"
 "% Τελευταία ενημέρωση: 14/02/2024 — Ε.Π.\n"
 "% ===================================================================\n",
 "% --- από ADS ---\n",
 """@BOOK{2014sdmm.book.....I,
       author = {{Ivezi{\\'c}}, {\\v{Z}}eljko and {Connolly}, Andrew J. and {VanderPlas}, Jacob T. and {Gray}, Alexander},
        title = "{Statistics, Data Mining, and Machine Learning in Astronomy}",
    publisher = {Princeton University Press},
         year = 2014,
       adsurl = {https://ui.adsabs.harvard.edu/abs/2014sdmm.book.....I},
      adsnote = {Provided by the SAO/NASA Astrophysics Data System}
}
""",
 ads("1807.03748", "jul", "Computer Science - Machine Learning, Statistics - Machine Learning", "cs.LG", "V"),
 ads("2002.05709", "feb", "Computer Science - Machine Learning, Computer Science - Computer Vision and Pattern Recognition, Statistics - Machine Learning", "cs.LG", "C"),
 "% το DINOv2 το χρησιμοποιούμε ως backbone στο κεφ. 4 (ViT-L/14, παγωμένο)\n",
 ads("2304.07193", "apr", "Computer Science - Computer Vision and Pattern Recognition", "cs.CV", "O"),
 "\n% --- χειρόγραφα λήμματα (δεν υπάρχουν στο ADS ή η εγγραφή του ADS είναι ελλιπής) ---\n",
 hand("inproceedings", "dosovitskiy2021vit", [("title", T("2010.11929")), ("author", authors("2010.11929")),
      ("booktitle", "International Conference on Learning Representations"), ("year", "2021"),
      ("url", f"https://openreview.net/forum?id={OR('2010.11929')}")]),
 hand("inproceedings", "liu2022convnext", [("title", T("2201.03545")), ("author", authors("2201.03545")),
      ("booktitle", "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"),
      ("pages", "11976--11986"), ("year", "2022"), ("url", "https://arxiv.org/abs/2201.03545"),
      ("note", "σύγκριση με ViT στο κεφ. 4.2")]),
 hand("inproceedings", "radford2021clip", [("title", T("2103.00020")), ("author", authors("2103.00020")),
      ("booktitle", "Proceedings of the 38th International Conference on Machine Learning"), ("series", "Proceedings of Machine Learning Research"),
      ("volume", "139"), ("pages", "8748--8763"), ("publisher", "PMLR"), ("year", "2021"),
      ("url", "https://proceedings.mlr.press/v139/radford21a.html")]),
 "% TODO: σελίδες; το βρήκα μόνο στα πρακτικά του ICLR\n",
 hand("inproceedings", "tsai2021multiview", [("title", T("2006.05576")), ("author", authors("2006.05576")),
      ("booktitle", "International Conference on Learning Representations"), ("year", "2021")]),
 hand("inproceedings", "zhu2021deformable", [("title", T("2010.04159")), ("author", authors("2010.04159")),
      ("booktitle", "International Conference on Learning Representations (ICLR)"), ("year", "2021"),
      ("note", "για την ανίχνευση συγχωνευόμενων γαλαξιών, κεφ. 5")]),
 "\n% --- δεδομένα / λογισμικό / διατριβές της ομάδας ---\n",
 hand("misc", "aegean_cutouts_v3", [("title", "Aegean Deep Field galaxy cutouts, release 3 (128×128, g/r/i)"),
      ("author", "{Ομάδα Εξωγαλαξιακής Αστροφυσικής}"), ("year", "2023"),
      ("howpublished", "\\url{https://data.astro.example.gr/cutouts/v3}"), ("note", "εσωτερικό σύνολο δεδομένων, 412.118 εικόνες")]),
 hand("misc", "galssl_code", [("title", "galssl: self-supervised pretraining for galaxy images"),
      ("author", "Eleni Papadaki and Nikos Theodorou"), ("year", "2024"), ("version", "0.4.1"),
      ("howpublished", "\\url{https://git.astro.example.gr/epapadaki/galssl}")]),
 hand("phdthesis", "theodorou2022phd", [("title", "Μορφολογική ταξινόμηση γαλαξιών με συνελικτικά δίκτυα"),
      ("author", "Nikos Theodorou"), ("school", "Πανεπιστήμιο Παραδείγματος, Τμήμα Φυσικής"), ("year", "2022")]),
]
text = "\n".join(parts)
write_only(F541, text, keys(F541))
