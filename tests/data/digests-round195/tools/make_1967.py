#!/usr/bin/env python3
"""1967: a Greek lab's fortune cookie file (strfile source `ergastirio`, no extension): quotes separated by `%` lines,
attributions `\t\t-- name`, lines wrapped by hand — with the papers in the quotes: arXiv links (`/abs/`, `/pdf/…v3`,
`http://`, `/abs/…v2`), one id in text (arxiv-text), three titles alone — and non-papers (a repository, a book, a blog
post, a talk). LF, a final `%` line and newline."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import keys, by_num

F = by_num(1967)
Q = [
    ["Όποιος δεν έχει διαβάσει το", "\"" + T("1508.07909") + "\"", "δεν έχει δικαίωμα να παραπονιέται για τα tokens.",
     "https://arxiv.org/abs/1508.07909", "\t\t-- Νίκος Παπαδάκης, σε lab meeting"],
    ["Το BPE δεν είναι αλγόριθμος, είναι τρόπος ζωής.", "\t\t-- ο ίδιος, μία εβδομάδα μετά"],
    ["Θόρυβος μπαίνει, κείμενο βγαίνει:", T("1910.13461"), "https://arxiv.org/pdf/1910.13461v1",
     "\t\t-- Ελένη Μαυρίδου"],
    ["Πριν από τα transformers είχαμε τα biLM. Διάβασε το", "\"" + T("1802.05365") + "\"",
     "http://arxiv.org/abs/1802.05365 και μετά μίλα για contextual embeddings.", "\t\t-- Κώστας, 2019"],
    ["«Δεν κάνουμε fine-tuning, κάνουμε prompt tuning.»", "  " + T("2104.08691"),
     "  https://arxiv.org/abs/2104.08691v2", "\t\t-- πίνακας στην αίθουσα Β.212"],
    ["Το βάρος της προσοχής δεν λέει όλη την αλήθεια· κοίτα και τις νόρμες.", T("2004.10102") + " (arXiv 2004.10102)",
     "\t\t-- Ελένη, διορθώνοντας διπλωματική"],
    ["Θες γρήγορο transformer; Πρώτα διάβασε το", "\"" + T("2103.14636") + "\",", "μετά γράψε kernel.",
     "\t\t-- Νίκος"],
    ["Οι ερωτήσεις σε knowledge graphs δεν λύνονται με ένα hop.", "Βλ. " + T("2011.03459") + ".",
     "\t\t-- σεμινάριο Πέμπτης"],
    ["Εκατό εικόνες αρκούν, αν ταιριάξουν τα gradients:", T("2006.05929"), "\t\t-- Κώστας, χωρίς ύπνο"],
    ["Κώδικας για το BPE: github.com/rsennrich/subword-nmt — repo, όχι paper.", "\t\t-- README του εργαστηρίου"],
    ["Βιβλίο της χρονιάς: Jurafsky & Martin, \"Speech and Language Processing\" (3η έκδ., draft).",
     "Το blog \"The Illustrated Transformer\" του Jay Alammar είναι για αρχάριους, όχι για παραπομπές.",
     "\t\t-- Ελένη"],
    ["Η ομιλία του Σεπτεμβρίου για tokenizers: https://video.nlp-lab.example.gr/talks/2024-09",
     "\t\t-- ανακοίνωση στη λίστα"],
    ["Αν το loss δεν πέφτει, φταίει το learning rate. Αν πέφτει, φταίει το evaluation.", "\t\t-- παλιά παροιμία του lab"],
]


def build():
    return "%\n".join("\n".join(q) + "\n" for q in Q) + "%\n"


if __name__ == "__main__":
    write_only(F, build(), keys(F))
