#!/usr/bin/env python3
"""1003: the message history of a Viber group (a Greek MSc students' NLP study group), as Viber for Android e-mails
it ("Email message history": one CSV file per chat inside a zip) and the student kept it: UTF-8 without a byte-order
mark, LF row ends, no header row, the columns date `dd/MM/yyyy`, time `HH:mm:ss`, sender name (the exporting user's
own messages as `Me`), sender phone number, message text; fields quoted only when they hold a comma, a double quote
or a line break. Rows are in time order. Phone numbers, names and the university are invented.

Papers: three arXiv URLs pasted with their titles (links), one `arXiv:ID` typed, four titles only (one on the line
after a greeting inside a multi-line message). Not papers: the sentence-transformers documentation, the
llm-attacks.org project page, a YouTube lecture, gensim; nicknames (SBERT, GCG, word2vec, ELMo) are not labelled
alone."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from catalogue import T, write_only
from make_expected import by_num, keys

F = by_num(1003)
K = dict(sbert="1908.10084", bart="1910.13461", gcg="2307.15043", elmo="1802.05365", w2v="1301.3781",
         attn="2004.10102", smooth="2006.14536", cqa="2011.03459")
P = {"Me": "+306940000117", "Νίκος Μ.": "+306970000342", "Δήμητρα": "+306980000526", "Γιάννης Κ.": "+306990000771",
     "Σοφία": "+306950000214"}
msgs = [
    ("04/03/2024", "20:11:42", "Νίκος Μ.", "Καλησπέρα! Για το σεμινάριο της κ. Αντωνίου πρέπει να δηλώσουμε μέχρι Παρασκευή ποιο paper παίρνει ο καθένας. Θέμα: αναπαραστάσεις λέξεων/προτάσεων + ευρωστία"),
    ("04/03/2024", "20:13:05", "Δήμητρα", "Εγώ θέλω το SBERT"),
    ("04/03/2024", "20:13:31", "Δήμητρα", T(K["sbert"]) + " https://arxiv.org/abs/" + K["sbert"]),
    ("04/03/2024", "20:15:10", "Me", "Εγώ παίρνω BART αν δεν το θέλει κανείς\n" + T(K["bart"]) + "\nhttps://arxiv.org/pdf/" + K["bart"]),
    ("04/03/2024", "20:16:44", "Γιάννης Κ.", "Πρέπει να ξεκινήσει κάποιος από τα βασικά, word2vec και ELMo. Τα παίρνω και τα δύο, είναι μικρά"),
    ("04/03/2024", "20:17:02", "Γιάννης Κ.", T(K["w2v"])),
    ("04/03/2024", "20:17:40", "Γιάννης Κ.", T(K["elmo"]) + " (arXiv:" + K["elmo"] + ")"),
    ("04/03/2024", "20:19:58", "Σοφία", "Κι εγώ κάτι με ευρωστία... Η κ. Αντωνίου είχε προτείνει αυτό για LLMs:"),
    ("04/03/2024", "20:20:12", "Σοφία", "https://arxiv.org/abs/" + K["gcg"] + " " + T(K["gcg"])),
    ("04/03/2024", "20:20:35", "Σοφία", "έχει και σελίδα με παραδείγματα llm-attacks.org αλλά μην το ανοίξετε στο εργαστήριο χαχα"),
    ("04/03/2024", "20:24:51", "Νίκος Μ.", "Εγώ δεν έχω αποφασίσει. Σκέφτομαι κάτι για το τι κωδικοποιεί η προσοχή"),
    ("05/03/2024", "09:02:17", "Νίκος Μ.", "Καλημέρα,\n" + T(K["attn"]) + "\nαπό EMNLP 2020, είναι ωραίο γιατί δείχνει ότι τα βάρη μόνα τους λένε λίγα"),
    ("05/03/2024", "09:05:33", "Δήμητρα", "Ωραίο 👍 Για το SBERT να ξέρετε ότι η τεκμηρίωση του sentence-transformers έχει πολύ καλά παραδείγματα, τα βάζω στις διαφάνειες"),
    ("05/03/2024", "11:48:09", "Me", "Έχουμε κι ένα δεύτερο paper ανά άτομο για το τελικό report; Στον οδηγό λέει \"1-2 papers\""),
    ("05/03/2024", "11:52:26", "Γιάννης Κ.", "Λέει 1 υποχρεωτικό + 1 προαιρετικό"),
    ("05/03/2024", "12:30:41", "Σοφία", "Τότε προαιρετικό παίρνω το " + T(K["smooth"]) + ", είναι για εικόνες αλλά η ιδέα με τις ομαλές ενεργοποιήσεις είναι γενική"),
    ("05/03/2024", "12:31:15", "Νίκος Μ.", "ok"),
    ("05/03/2024", "18:07:59", "Me", "Εγώ ως δεύτερο σκεφτόμουν κάτι με knowledge graphs:\n" + T(K["cqa"]) + "\nπήρε outstanding paper στο ICLR 2021 νομίζω. Είναι εκτός θέματος;"),
    ("05/03/2024", "18:12:20", "Δήμητρα", "Ρώτα την Αντωνίου, μάλλον θα πει ναι αν το συνδέσεις με αναπαραστάσεις"),
    ("05/03/2024", "18:14:03", "Γιάννης Κ.", "Υπάρχει και η διάλεξη του Manning στο YouTube για word vectors, τη βάζω στο drive"),
    ("06/03/2024", "10:21:37", "Νίκος Μ.", "Έστειλα τη λίστα στην κ. Αντωνίου, την έβαλα και στο drive. Παρουσιάσεις από 18/3"),
]


def cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v


text = "".join(",".join(cell(v) for v in (d, t, s, P[s], m)) + "\n" for d, t, s, m in msgs)
write_only(F, text, keys(F))
