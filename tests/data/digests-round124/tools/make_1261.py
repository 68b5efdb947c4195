#!/usr/bin/env python3
"""1261: a BibTeX file kept with cb2bib (a Greek PhD student's library, notes and keywords in Greek), as cb2bib writes
it: `@type{Key,` with cb2bib's default cite ID (first author's surname + year), one field per line `field = {value},`
without indentation, the fields in a fixed order (author, title, journal/booktitle/institution/publisher/school,
pages, year, doi, eprint, archiveprefix, url, abstract, keywords, note, file; the last field without a comma), titles
in double braces (the "double braces" option), `file` the PDF renamed to the cite ID, UTF-8 kept (Greek, accents).
Papers: arXiv abs / pdf URLs, an `eprint` id and an `arXiv:` id in a note, titles alone (ACL Anthology DOIs, a
technical report); a Greek textbook, a thesis, a model card and a Wikipedia dump are not papers."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, authors, write_only
from make_expected import F1261, keys, GLOVE, GPT1

ORDER = ["author", "title", "journal", "booktitle", "institution", "publisher", "school", "address", "edition", "pages",
         "year", "doi", "eprint", "archiveprefix", "url", "howpublished", "abstract", "keywords", "note", "file"]
DIR = "/home/mkaralis/Έγγραφα/Διδακτορικό/bib"


def bn(n):
    p = n.split()
    return f"{p[-1]}, {' '.join(p[:-1])}"


def au(key):
    return " and ".join(bn(a) for a in authors(key))


def entry(typ, cid, f, pdf=True):
    f = dict(f)
    if pdf: f["file"] = f"{DIR}/{cid}.pdf"
    ks = [k for k in ORDER if k in f]
    assert set(ks) == set(f), set(f) - set(ks)
    body = ",\n".join(f"{k} = {{{{{f[k]}}}}}" if k == "title" else f"{k} = {{{f[k]}}}" for k in ks)
    return f"@{typ}{{{cid},\n{body}\n}}\n"


E = [
 entry("inproceedings", "Devlin2019", {"author": au("1810.04805"), "title": T("1810.04805"),
       "booktitle": "Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics: Human Language Technologies",
       "pages": "4171--4186", "year": "2019", "url": "https://arxiv.org/abs/1810.04805",
       "keywords": "προεκπαίδευση; κωδικοποιητής; MLM", "note": "Βασικό άρθρο για το κεφάλαιο 2. Διαβάστηκε 12/02/2024"}),
 entry("inproceedings", "Yang2019", {"author": au("1906.08237"), "title": T("1906.08237"),
       "booktitle": "Advances in Neural Information Processing Systems 32", "pages": "5753--5763", "year": "2019",
       "url": "https://arxiv.org/abs/1906.08237", "keywords": "προεκπαίδευση; αυτοπαλίνδρομα",
       "note": "Permutation LM — σύγκριση με το BERT στον πίνακα 2.1"}),
 entry("inproceedings", "Conneau2020", {"author": au("1911.02116"), "title": T("1911.02116"),
       "booktitle": "Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics",
       "pages": "8440--8451", "year": "2020", "url": "https://arxiv.org/pdf/1911.02116.pdf",
       "keywords": "πολυγλωσσικά; ελληνικά", "note": "XLM-R: τα ελληνικά είναι μία από τις 100 γλώσσες του CC-100"}),
 entry("inproceedings", "Clark2020", {"author": au("2003.10555"), "title": T("2003.10555"),
       "booktitle": "International Conference on Learning Representations", "year": "2020",
       "eprint": "2003.10555", "archiveprefix": "arXiv", "keywords": "προεκπαίδευση; διακριτής"}),
 entry("inproceedings", "He2021", {"author": au("2006.03654"), "title": T("2006.03654"),
       "booktitle": "International Conference on Learning Representations", "year": "2021",
       "keywords": "προεκπαίδευση; προσοχή", "note": "arXiv:2006.03654. Να δω και το V3 (ELECTRA-style RTD)"}, pdf=False),
 entry("inproceedings", "Howard2018", {"author": au("1801.06146"), "title": T("1801.06146"),
       "booktitle": "Proceedings of the 56th Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)",
       "pages": "328--339", "year": "2018", "doi": "10.18653/v1/P18-1031",
       "keywords": "μεταφορά μάθησης; ταξινόμηση κειμένου", "note": "ULMFiT — discriminative fine-tuning, slanted triangular LR"}),
 entry("inproceedings", "Pennington2014", {"author": au(GLOVE), "title": GLOVE,
       "booktitle": "Proceedings of the 2014 Conference on Empirical Methods in Natural Language Processing (EMNLP)",
       "pages": "1532--1543", "year": "2014", "doi": "10.3115/v1/D14-1162", "keywords": "ενσωματώσεις λέξεων"}),
 entry("techreport", "Radford2018", {"author": au(GPT1), "title": GPT1, "institution": "OpenAI", "year": "2018",
       "keywords": "προεκπαίδευση; αποκωδικοποιητής", "note": "GPT-1. Δεν υπάρχει στο arXiv, μόνο PDF από το OpenAI"}),
 entry("book", "Papadopoulos2022", {"author": "Παπαδόπουλος, Γεώργιος and Νικολάου, Ελένη",
       "title": "Επεξεργασία φυσικής γλώσσας με νευρωνικά δίκτυα", "publisher": "Κάλλιπος, Ανοικτές Ακαδημαϊκές Εκδόσεις",
       "address": "Αθήνα", "year": "2022", "url": "https://repository.kallipos.example.gr/handle/11419/8123",
       "keywords": "εγχειρίδιο", "note": "Κεφ. 7–9 για το μάθημα του εαρινού"}),
 entry("mastersthesis", "Stamatiou2023", {"author": "Σταματίου, Ιωάννα",
       "title": "Προεκπαίδευση γλωσσικών μοντέλων σε ελληνικά νομικά κείμενα", "school": "Σχολή Ηλεκτρολόγων Μηχανικών και Μηχανικών Υπολογιστών, ΕΜΠ",
       "address": "Αθήνα", "year": "2023", "keywords": "ελληνικά; νομικά κείμενα", "note": "Διπλωματική εργασία, επιβλέπων Α. Ζαχαρίου"}),
 entry("misc", "nlpaueb2020", {"author": "{AUEB NLP Group}", "title": "bert-base-greek-uncased-v1", "year": "2020",
       "url": "https://huggingface.co/nlpaueb/bert-base-greek-uncased-v1", "howpublished": "Hugging Face model card",
       "keywords": "ελληνικά; μοντέλο", "note": "Σημείο αναφοράς για τα πειράματα"}, pdf=False),
 entry("misc", "Wikimedia2024", {"author": "{Wikimedia Foundation}", "title": "elwiki dump 20240201", "year": "2024",
       "url": "https://dumps.wikimedia.org/elwiki/20240201/", "howpublished": "Wikimedia Downloads",
       "keywords": "δεδομένα; ελληνικά", "note": "Σώμα κειμένων για συνέχιση της προεκπαίδευσης"}, pdf=False),
]
txt = "\n".join(E)
write_only(F1261, txt, keys(F1261))
